#include "staff/stafftoken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <array>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr QFileDevice::Permissions TokenMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;

bool writeNewToken(const QString &file, QString *error)
{
    std::array<quint32, StaffToken::RandomBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(words.data()), StaffToken::RandomBytes).toHex();
    QSaveFile out(file);
    // The mode is set on the temporary file before the token is in it, so it is never readable
    // by others, not even for a moment.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(TokenMode) || out.write(token + '\n') < 0
        || !out.commit()) {
        *error = u"cannot write %1: %2"_s.arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace

QString StaffToken::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"staff.token"_s);
}

std::optional<StaffToken> StaffToken::ensure(const QString &dataDir, QString *error, QString *warning)
{
    const QString file = path(dataDir);
    if (!QFileInfo::exists(file) && !writeNewToken(file, error))
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
    const QByteArray expected = authorization();
    if (header.size() != expected.size())
        return false; // the length is no secret: every token the kiosk makes has the same
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(header[i] ^ expected[i]);
    return diff == 0;
}

} // namespace kiosk
