#include "config/pinhashcheck.h"

#include "config/jsonreader.h"
#include "domain/pinhashrules.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

bool checkIterations(JsonReader &reader, const QString &text, const QString &at)
{
    static const QRegularExpression Digits(u"^[0-9]+$"_s);
    bool fitsInt = false;
    const int iterations = text.toInt(&fitsInt);
    if (!Digits.match(text).hasMatch()) {
        reader.error(at, u"iterations must be a whole number, got \"%1\""_s.arg(text));
        return false;
    }
    if (!fitsInt || iterations > PinHashRules::MaxIterations) {
        reader.error(at, u"iterations must be at most %1, got %2"_s.arg(PinHashRules::MaxIterations).arg(text));
        return false;
    }
    if (iterations < PinHashRules::MinIterations) {
        reader.error(at, u"iterations must be at least %1, got %2"_s.arg(PinHashRules::MinIterations)
                                 .arg(iterations));
        return false;
    }
    return true;
}

// Strict base64 of at least one byte; nullopt (and the problem reported) otherwise.
std::optional<QByteArray> decoded(JsonReader &reader, const QString &name, const QString &text,
                                  const QString &at)
{
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty()) {
        reader.error(at, u"%1 must be non-empty base64"_s.arg(name));
        return std::nullopt;
    }
    return result.decoded;
}

} // namespace

bool checkPinHash(JsonReader &reader, const QString &hash, const QString &at)
{
    const QStringList parts = hash.split(u'$');
    if (parts.size() != 4 || parts[0] != PinHashRules::Scheme) {
        reader.error(at, u"must have the form pbkdf2-sha256$<iterations>$<salt base64>$<key base64>"_s);
        return false;
    }
    bool valid = checkIterations(reader, parts[1], at);
    valid = decoded(reader, u"salt"_s, parts[2], at).has_value() && valid;
    const std::optional<QByteArray> key = decoded(reader, u"key"_s, parts[3], at);
    // The PIN check derives a key as long as the stored one, within these bounds.
    if (key && (key->size() < PinHashRules::MinKeyBytes || key->size() > PinHashRules::MaxKeyBytes)) {
        reader.error(at, u"key must be %1 to %2 bytes, got %3"_s.arg(PinHashRules::MinKeyBytes)
                                 .arg(PinHashRules::MaxKeyBytes).arg(key->size()));
        return false;
    }
    return valid && key.has_value();
}

} // namespace kiosk
