#include "kioskctl/commands.h"

#include "staff/pinhash.h"
#include "staff/staffpinfile.h"
#include "storage/database.h"
#include "storage/staffaudit.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

QString whoAmI()
{
    const uid_t uid = ::getuid();
    const passwd *user = ::getpwuid(uid);
    return user ? u"%1 (uid %2)"_s.arg(QString::fromLocal8Bit(user->pw_name)).arg(uid) : u"uid %1"_s.arg(uid);
}

// The row goes into an existing kiosk.db only: one created here would belong to whoever runs
// kioskctl, and the kiosk could not write it.
QString audit(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return u"no %1 yet: not audited"_s.arg(databasePath);
    QString error;
    const std::unique_ptr<Database> db = Database::open(databasePath, &error);
    if (!db || !StaffAudit(*db).record(u"pin_set"_s, u"kioskctl, %1"_s.arg(whoAmI()),
                                       QDateTime::currentDateTimeUtc()))
        return u"cannot write the staff_audit row: %1"_s.arg(db ? db->lastError() : error);
    return {};
}

} // namespace

int pinSet(Context &context)
{
    const std::optional<QString> dataDir = context.dataDir();
    if (!dataDir)
        return ExitFailed;
    Io &io = context.io();
    if (!QFileInfo(*dataDir).isDir()) {
        io.err << u"kioskctl: the kiosk's data directory %1 does not exist (install the package or "
                  u"start the kiosk once)\n"_s.arg(*dataDir);
        return ExitFailed;
    }
    const std::optional<QString> pin = readNewPin(io);
    if (!pin)
        return ExitFailed;
    const StaffPinFile file = StaffPinFile::inDataDir(*dataDir);
    if (QString error; !file.write(hashPin(*pin), &error)) {
        io.err << u"kioskctl: %1\n"_s.arg(error);
        return ExitFailed;
    }
    io.out << u"Staff PIN set in %1; the kiosk uses it from the next time the PIN page opens.\n"_s
                  .arg(file.path());
    if (const QString problem = audit(QDir(*dataDir).filePath(u"kiosk.db"_s)); !problem.isEmpty())
        io.err << u"kioskctl: %1\n"_s.arg(problem);
    return ExitOk;
}

} // namespace kiosk::ctl
