#include "staff/stafftoken.h"

#include "staff/pinhash.h"
#include "storage/keyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Made by the kiosk at its first start; read by root and group kiosk (kioskctl) as well.
QByteArray newToken()
{
    std::array<quint32, StaffToken::RandomBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), StaffToken::RandomBytes).toHex() + '\n';
}

} // namespace

QString StaffToken::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"staff.token"_s);
}

std::optional<StaffToken> StaffToken::ensure(const QString &dataDir, QString *error, QString *warning)
{
    const QString file = path(dataDir);
    if (!QFileInfo::exists(file)
        && createSecretFileOnce(file, newToken(), 0640, error) == SecretFileCreation::Failed)
        return std::nullopt;
    return readFile(file, error, warning);
}

std::optional<StaffToken> StaffToken::read(const QString &dataDir, QString *error, QString *warning)
{
    return readFile(path(dataDir), error, warning);
}

std::optional<StaffToken> StaffToken::readFile(const QString &file, QString *error, QString *warning)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, in.errorString());
        return std::nullopt;
    }
    const QByteArray value = in.read(1024).trimmed();
    if (value.size() < MinLength || value.contains(' ') || value.contains('\n')) {
        *error = u"%1 does not hold a token of at least %2 characters on one line"_s.arg(file).arg(MinLength);
        return std::nullopt;
    }
    if (warning && (in.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther)))
        *warning = u"%1 can be read by any user: make it 0640 (chmod 0640)"_s.arg(file);
    return StaffToken(value);
}

bool StaffToken::acceptsAuthorization(QByteArrayView header) const
{
    // The length is no secret: every token the kiosk makes has the same.
    return constantTimeEquals(header.toByteArray(), authorization());
}

} // namespace kiosk
