#include "staff/staffpinfile.h"

#include "staff/pinhash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk {

StaffPinFile StaffPinFile::inDataDir(const QString &dataDir)
{
    return StaffPinFile(QDir(dataDir).filePath(QString::fromLatin1(FileName)));
}

std::optional<QString> StaffPinFile::read(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return std::nullopt;
    }
    const QString hash = QString::fromLatin1(file.readLine(1024)).trimmed();
    if (!PinHash::parse(hash)) {
        if (error)
            *error = u"%1 holds no usable PIN hash"_s.arg(m_path);
        return std::nullopt;
    }
    return hash;
}

bool StaffPinFile::write(const QString &hash, QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    // The temporary file gets the final mode and group before it takes the name.
    struct stat dir {};
    struct stat own {};
    const QByteArray dirPath = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const bool regroup = ::stat(dirPath.constData(), &dir) == 0 && ::fstat(file.handle(), &own) == 0
                         && own.st_gid != dir.st_gid;
    if (::fchmod(file.handle(), 0640) != 0 || (regroup && ::fchown(file.handle(), uid_t(-1), dir.st_gid) != 0)) {
        *error = u"cannot set the mode or group of %1: %2"_s.arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        file.cancelWriting();
        return false;
    }
    file.write(hash.toLatin1() + '\n');
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kiosk
