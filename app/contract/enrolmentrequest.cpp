#include "contract/enrolmentrequest.h"

#include "contract/jsonfield.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The body names a customer: unlike JsonField's messages, these never quote what was found.
std::optional<QString> privateString(const QJsonObject &json, const QString &key, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        *error = u"%1: missing"_s.arg(key);
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = u"%1: expected a string, got %2"_s.arg(key, JsonField::describe(value));
        return std::nullopt;
    }
    return value.toString();
}

bool isE164(const QString &phone)
{
    // "+" then 8 to 15 digits, the first not 0 (ITU-T E.164: at most 15 digits in all).
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
    return e164.match(phone).hasMatch();
}

} // namespace

QJsonObject LoyaltyEnrolment::toContractJson() const
{
    QJsonObject json{
        {u"id"_s, memberId.toString(QUuid::WithoutBraces)},
        {u"phone"_s, phone},
        {u"kiosk_id"_s, kioskId},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODate)},
        {u"terms_version"_s, termsVersion},
    };
    if (!firstName.isEmpty())
        json.insert(u"first_name"_s, firstName);
    return json;
}

namespace {

std::optional<LoyaltyEnrolment> enrolmentFromJson(const QJsonObject *json, QString *error)
{
    LoyaltyEnrolment enrolment;

    const auto id = privateString(*json, u"id"_s, error);
    if (!id)
        return std::nullopt;
    enrolment.memberId = QUuid::fromString(*id);
    // fromString() also takes braces; the contract's form is the bare 36 characters.
    if (enrolment.memberId.isNull() || id->size() != 36) {
        *error = u"id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21"_s;
        return std::nullopt;
    }
    const auto phone = privateString(*json, u"phone"_s, error);
    if (!phone)
        return std::nullopt;
    if (!isE164(*phone)) {
        *error = u"phone: expected an E.164 phone number such as +12065550142"_s;
        return std::nullopt;
    }
    enrolment.phone = *phone;
    if (json->contains(u"first_name"_s)) {
        const auto firstName = privateString(*json, u"first_name"_s, error);
        if (!firstName)
            return std::nullopt;
        if (firstName->trimmed().isEmpty()) {
            *error = u"first_name: must not be empty (leave it out instead)"_s;
            return std::nullopt;
        }
        if (firstName->size() > LoyaltyEnrolment::FirstNameMaxLength) {
            *error = u"first_name: must be at most %1 characters"_s.arg(LoyaltyEnrolment::FirstNameMaxLength);
            return std::nullopt;
        }
        enrolment.firstName = *firstName;
    }
    const auto kioskId = JsonField(*json, QString(), u"kiosk_id"_s).string(error);
    if (!kioskId)
        return std::nullopt;
    const auto createdAt = JsonField(*json, QString(), u"created_at"_s).utcTimestamp(error);
    if (!createdAt)
        return std::nullopt;
    const auto termsVersion = JsonField(*json, QString(), u"terms_version"_s).string(error);
    if (!termsVersion)
        return std::nullopt;
    enrolment.kioskId = *kioskId;
    enrolment.createdAt = *createdAt;
    enrolment.termsVersion = *termsVersion;
    return enrolment;
}

} // namespace

std::optional<LoyaltyEnrolment> enrolmentFromContractJson(const QByteArray &body, QString *error)
{
    return readJsonBody(body, error, [](const QJsonObject &json, QString *error) {
        return enrolmentFromJson(&json, error);
    });
}

} // namespace kiosk
