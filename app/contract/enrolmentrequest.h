#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <optional>

namespace kiosk {

// A customer joining the rewards program at the kiosk: the body of POST /v1/loyalty/members
// (docs/backend-api.md, "POST /v1/loyalty/members"). The kiosk makes the member's id, so an
// enrolment queued offline and the order of the same visit both name the member; the id is
// also the request's Idempotency-Key.
//
//   {"id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "phone": "+12065550199",
//    "first_name": "Ana", "kiosk_id": "K1", "created_at": "2026-12-07T18:02:11Z",
//    "terms_version": "2026-12"}
//
// first_name is optional (absent when not given; at most 40 characters); the phone is E.164;
// terms_version is the version of the terms the customer accepted (kiosk.json
// loyalty.join.terms_version): the program's record of consent.
struct LoyaltyEnrolment
{
    QUuid memberId;
    QString phone;     // E.164
    QString firstName; // may be empty
    QString kioskId;
    QDateTime createdAt; // UTC
    QString termsVersion;

    static constexpr int FirstNameMaxLength = 40;

    QJsonObject toContractJson() const;
    bool operator==(const LoyaltyEnrolment &) const = default;
};

// refpos's reading of the body: nullopt and "<json path>: <reason>" in `error` for a broken one
// ("phone: expected an E.164 phone number such as +12065550142", "id: expected a UUID ...",
// "first_name: must be at most 40 characters", "terms_version: missing"); never the values.
std::optional<LoyaltyEnrolment> enrolmentFromContractJson(const QByteArray &body, QString *error);

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::LoyaltyEnrolment)
