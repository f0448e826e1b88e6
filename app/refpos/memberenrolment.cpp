#include "refpos/memberenrolment.h"

#include "refpos/grantedrewards.h"
#include "refpos/loyaltyledger.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <functional>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

// Unambiguous on a printed card: no 0/O, 1/I.
constexpr QLatin1StringView CardAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
constexpr int Attempts = 20;

// A value for `column` no member has yet; empty when the database fails (or, absurdly, every
// attempt collides).
QString unused(Database &db, const char *sql, const std::function<QString()> &make, QString *error)
{
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const QString candidate = make();
        Statement taken = db.prepare(sql);
        taken.bind(1, candidate);
        if (!taken.next()) {
            if (taken.failed()) {
                *error = u"cannot look the member up: %1"_s.arg(db.lastError());
                return QString();
            }
            return candidate;
        }
    }
    *error = u"cannot find a free member number or card code"_s;
    return QString();
}

} // namespace

std::optional<LoyaltyMember> enrolMember(Database &db, const LoyaltyEnrolment &enrolment,
                                         const std::optional<LoyaltyReward> &welcome, QString *error)
{
    QRandomGenerator *random = QRandomGenerator::global();
    const QString number = unused(
        db, "SELECT 1 FROM loyalty_members WHERE member_number = ?1",
        [random] { return QString::number(random->bounded(10'000'000, 100'000'000)); }, error);
    if (number.isEmpty())
        return std::nullopt;
    const QString code = unused(
        db, "SELECT 1 FROM loyalty_members WHERE card_code = ?1",
        [random] {
            QString suffix;
            for (int i = 0; i < 6; ++i)
                suffix.append(QChar(CardAlphabet.at(random->bounded(int(CardAlphabet.size())))));
            return u"HSK-CARD-"_s + suffix;
        },
        error);
    if (code.isEmpty())
        return std::nullopt;

    const QString id = enrolment.memberId.toString(QUuid::WithoutBraces);
    Statement insert = db.prepare(
        "INSERT INTO loyalty_members (id, first_name, last_name, phone, member_number, card_code,"
        " points, lifetime_points, birthday, recent_items, terms_version, enrolled_at)"
        " VALUES (?1, ?2, '', ?3, ?4, ?5, 0, 0, NULL, '[]', ?6, ?7)");
    if (!insert.bind(1, id).bind(2, enrolment.firstName).bind(3, enrolment.phone).bind(4, number)
             .bind(5, code).bind(6, enrolment.termsVersion)
             .bind(7, enrolment.createdAt.toUTC().toString(Qt::ISODate)).exec()) {
        *error = u"cannot add the member: %1"_s.arg(db.lastError());
        return std::nullopt;
    }
    if (welcome && !GrantedRewards(db).grant(id, *welcome, error))
        return std::nullopt;
    std::optional<LoyaltyMember> member = LoyaltyLedger(db).member(id, error);
    if (!member && error->isEmpty())
        *error = u"the new member is missing"_s;
    return member;
}

} // namespace kiosk::refpos
