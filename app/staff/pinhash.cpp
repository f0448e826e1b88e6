#include "staff/pinhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

std::optional<QByteArray> strictBase64(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray deriveKey(const QString &pin, const QByteArray &salt, int iterations, int keyBytes)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations,
                                              quint64(keyBytes));
}

} // namespace

std::optional<PinHash> PinHash::parse(const QString &text)
{
    // The same reading of the iterations as the config validator's: digits only, as an int.
    static const QRegularExpression Digits(u"^[0-9]+$"_s);
    const QStringList parts = text.split(u'$');
    if (parts.size() != 4 || parts[0] != PinHashRules::Scheme || !Digits.match(parts[1]).hasMatch())
        return std::nullopt;
    PinHash hash;
    bool fitsInt = false;
    hash.iterations = parts[1].toInt(&fitsInt);
    if (!fitsInt || hash.iterations < MinIterations || hash.iterations > MaxIterations)
        return std::nullopt;
    const auto salt = strictBase64(parts[2]);
    const auto key = strictBase64(parts[3]);
    if (!salt || !key || key->size() < PinHashRules::MinKeyBytes
        || key->size() > PinHashRules::MaxKeyBytes)
        return std::nullopt;
    hash.salt = *salt;
    hash.key = *key;
    return hash;
}

QString PinHash::toString() const
{
    return u"%1$%2$%3$%4"_s.arg(PinHashRules::Scheme.toString(), QString::number(iterations),
                                QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool isValidPin(const QString &pin)
{
    static const QRegularExpression Pin(u"^[0-9]{%1,%2}$"_s.arg(PinMinDigits).arg(PinMaxDigits));
    return Pin.match(pin).hasMatch();
}

QString hashPin(const QString &pin, int iterations)
{
    if (!isValidPin(pin) || iterations < PinHash::MinIterations || iterations > PinHash::MaxIterations)
        return {};
    PinHash hash;
    hash.iterations = iterations;
    quint32 salt[PinHash::SaltBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(salt);
    hash.salt = QByteArray(reinterpret_cast<const char *>(salt), sizeof salt);
    hash.key = deriveKey(pin, hash.salt, iterations, PinHash::KeyBytes);
    return hash.toString();
}

bool verifyPin(const QString &pin, const QString &hash)
{
    const std::optional<PinHash> parsed = PinHash::parse(hash);
    if (!parsed || !isValidPin(pin))
        return false;
    return constantTimeEquals(deriveKey(pin, parsed->salt, parsed->iterations, int(parsed->key.size())),
                              parsed->key);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // Accumulates the differences of all bytes; no branch depends on the contents.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace kiosk
