#include "ui/loyaltyidentifiers.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>

namespace kiosk {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr int MaxPhoneCharacters = 32; // longer than any phone number, even with punctuation

} // namespace

std::optional<QString> normalisePhone(const QString &typed, const QString &region)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxPhoneCharacters)
        return std::nullopt;
    for (const QChar c : trimmed) {
        // Digits and the punctuation people type; libphonenumber would also read letters
        // ("1-800-FLOWERS"), which the keypad cannot produce and a typo should not.
        if (!c.isDigit() && !QStringLiteral("+()-. ").contains(c))
            return std::nullopt;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (util->IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return std::nullopt;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString formatPhoneAsYouType(const QString &digits, const QString &region)
{
    std::unique_ptr<AsYouTypeFormatter> formatter(
        PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.toStdString()));
    std::string formatted;
    int count = 0;
    for (const QChar c : digits) {
        if (c.isDigit() && c.unicode() < 128 && ++count <= MaxPhoneCharacters)
            formatter->InputDigit(char(c.unicode()), &formatted);
    }
    return QString::fromStdString(formatted);
}

std::optional<QString> normaliseMemberNumber(const QString &typed)
{
    QString number;
    for (const QChar c : typed.trimmed()) {
        if (c == u' ' || c == u'-')
            continue;
        if (c.unicode() >= 128 || !c.isLetterOrNumber())
            return std::nullopt;
        number.append(c.toUpper());
    }
    if (number.isEmpty() || number.size() > 32)
        return std::nullopt;
    return number;
}

std::optional<QString> normaliseScannedCode(const QString &scanned)
{
    const QString code = scanned.trimmed();
    if (code.isEmpty() || code.size() > 128)
        return std::nullopt;
    for (const QChar c : code) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return std::nullopt;
    }
    return code;
}

} // namespace kiosk
