#include "storage/keyfile.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

std::optional<QByteArray> readKey(const QString &path, int size, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray key = file.read(size + 1);
    if (key.size() != size) {
        *error = u"%1 holds %2 bytes, not the %3 of a key"_s.arg(path).arg(key.size()).arg(size);
        return std::nullopt;
    }
    return key;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

SecretFileCreation createSecretFileOnce(const QString &path, const QByteArray &content, unsigned mode,
                                        QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new-" + QByteArray::number(QRandomGenerator::system()->generate(), 16);
    // Created with no access for others from the start, and given `mode` before the secret is in
    // it: there is no moment when others could read it.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = u"cannot create %1: %2"_s.arg(path, systemError());
        return SecretFileCreation::Failed;
    }
    const bool written = ::fchmod(fd, mode_t(mode)) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    const QString writeError = written ? QString() : systemError();
    ::close(fd);
    if (!written) {
        ::unlink(temporary.constData());
        *error = u"cannot write %1: %2"_s.arg(path, writeError);
        return SecretFileCreation::Failed;
    }
    // link() fails when the name exists: a racing process's file wins and is the one read.
    const int linked = ::link(temporary.constData(), target.constData());
    const int linkErrno = errno;
    ::unlink(temporary.constData());
    if (linked == 0)
        return SecretFileCreation::Created;
    if (linkErrno == EEXIST)
        return SecretFileCreation::Existed;
    errno = linkErrno;
    *error = u"cannot create %1: %2"_s.arg(path, systemError());
    return SecretFileCreation::Failed;
}

std::optional<QByteArray> loadOrCreateKeyFile(const QString &path, int size, bool *created, QString *error)
{
    *created = false;
    if (QFile::exists(path))
        return readKey(path, size, error);

    QByteArray key(size, Qt::Uninitialized);
    for (char &byte : key)
        byte = char(QRandomGenerator::system()->bounded(256));
    switch (createSecretFileOnce(path, key, 0600, error)) {
    case SecretFileCreation::Created:
        *created = true;
        return key;
    case SecretFileCreation::Existed:
        return readKey(path, size, error);
    case SecretFileCreation::Failed:
        break;
    }
    return std::nullopt;
}

} // namespace kiosk
