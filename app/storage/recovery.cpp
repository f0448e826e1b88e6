#include "storage/recovery.h"

#include "storage/database.h"
#include "storage/rawsqlite.h"
#include "storage/salvage.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecovery, "kiosk.storage.recovery")

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

bool isDamage(int code)
{
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// Problems quick_check finds in `db`, as "quick_check: <first>"; empty when it is sound or the
// check could not run for a reason that is not damage.
QString quickCheck(const QString &path, const RawDb &db)
{
    RawQuery check(db.handle(), "PRAGMA quick_check(20)");
    if (!check.prepared())
        return isDamage(check.code()) ? check.error() : QString();
    QStringList problems;
    int rc;
    while ((rc = check.step()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check.stmt(), 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (rc != SQLITE_DONE) {
        if (!isDamage(rc))
            qCWarning(lcRecovery) << "cannot check" << path << ":" << check.error();
        return isDamage(rc) ? check.error() : QString();
    }
    return problems.isEmpty() ? QString() : u"quick_check: "_s + problems.first();
}

// Before the first frame only what is cheap: the file opens as a database and its schema (page
// 1 and the header) reads. Damaged pages elsewhere are the health probe's full quick_check's to
// find, after start on its own thread; what it found is remembered (rememberDamage) and
// confirmed here by a full check, so only a kiosk that saw damage pays for one at start.
// "file is not a database", quick_check's first complaint; empty when the file is sound or the
// problem is not damage (busy, permissions, a full disk: moving the file would not help).
QString findDamage(const QString &path)
{
    RawDb db(path, SQLITE_OPEN_READWRITE);
    if (!db.isOpen())
        return isDamage(db.openCode() & 0xff) ? db.errorText() : QString();
    RawQuery schema(db.handle(), "SELECT count(*) FROM sqlite_schema");
    if (!schema.prepared())
        return isDamage(schema.code()) ? schema.error() : QString();
    if (const int rc = schema.step(); rc != SQLITE_ROW)
        return isDamage(rc) ? schema.error() : QString();
    if (!QFileInfo::exists(damageMarkerPath(path)))
        return {};
    const QString damage = quickCheck(path, db);
    if (damage.isEmpty()) {
        qCInfo(lcRecovery) << "damage reported earlier in" << path << "is not there any more";
        QFile::remove(damageMarkerPath(path));
    }
    return damage;
}

QString freeName(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + u"-wal"_s); ++n)
        name = u"%1-%2"_s.arg(base).arg(n);
    return name;
}

bool moveAside(const QString &path, const QString &target, QString *error)
{
    if (!QFile::rename(path, target)) {
        *error = u"cannot move the damaged database %1 aside to %2"_s.arg(path, target);
        return false;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            *error = u"cannot move %1 aside to %2"_s.arg(path + suffix, target + suffix);
            return false;
        }
    }
    return true;
}

} // namespace

QString damageMarkerPath(const QString &databasePath)
{
    return databasePath + u".damaged"_s;
}

void rememberDamage(const QString &databasePath, const QString &detail)
{
    QFile marker(damageMarkerPath(databasePath));
    if (marker.exists())
        return;
    if (!marker.open(QIODevice::WriteOnly) || marker.write(detail.toUtf8() + '\n') < 0)
        qCWarning(lcRecovery) << "cannot remember the damage in" << marker.fileName();
    else
        qCCritical(lcRecovery).noquote() << databasePath << "is damaged (" + detail + "); the next start rebuilds it";
}

QString StorageRecovery::note() const
{
    QString text = u"The database was damaged at %1 UTC and moved to %2; "_s
                       .arg(at.toUTC().toString(u"HH:mm"_s), QFileInfo(movedTo).fileName());
    if (!salvageError.isEmpty())
        return text + u"nothing could be recovered from it (%1)"_s.arg(salvageError);
    text += u"%1 of %2 pending entries recovered"_s.arg(pendingRecovered).arg(pendingRecovered + unreadableRows);
    if (failedRecovered > 0)
        text += u", and %1 failed"_s.arg(failedRecovered);
    if (unreadableRows > 0)
        text += u"; %1 unreadable outbox rows skipped"_s.arg(unreadableRows);
    return text;
}

std::optional<StorageRecovery> recoverDamagedDatabase(const QString &path, const QDateTime &now, QString *error)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QString damage = findDamage(path);
    if (damage.isEmpty())
        return std::nullopt;

    StorageRecovery r;
    r.damage = damage;
    r.at = now.toUTC();
    r.movedTo = freeName(u"%1.corrupt-%2"_s.arg(path, r.at.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
    qCCritical(lcRecovery).noquote() << "the database" << path << "is damaged:" << damage;
    if (!moveAside(path, r.movedTo, error))
        return std::nullopt;
    QFile::remove(damageMarkerPath(path));

    std::unique_ptr<Database> fresh = Database::open(path, error);
    if (!fresh)
        return std::nullopt;

    Salvage s = salvageDamagedFile(r.movedTo, path + u".salvage"_s, *fresh);
    r.salvageError = s.error;

    QString writeError;
    if (r.salvageError.isEmpty() && !writeSalvage(*fresh, s, &writeError)) {
        r.salvageError = u"cannot write to the fresh database: %1"_s.arg(writeError);
        s = Salvage();
    }
    r.pendingRecovered = s.pending;
    r.failedRecovered = s.failed;
    r.ordersRecovered = int(s.orders.size());
    r.unreadableRows = s.unreadable;
    r.orderSequence = s.orderSequence;
    qCCritical(lcRecovery).noquote() << r.note() << u"(%1 orders with their lines, order sequence %2)"_s
                                                        .arg(r.ordersRecovered).arg(r.orderSequence);
    return r;
}

} // namespace kiosk
