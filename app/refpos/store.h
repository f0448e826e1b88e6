#pragma once

#include "contract/assistrequest.h"
#include "contract/enrolmentrequest.h"
#include "contract/feedbackrequest.h"
#include "contract/orderrequest.h"
#include "refpos/loyaltyledger.h"

#include <QHash>
#include <QJsonArray>
#include <memory>

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

// What became of a request that carried an idempotency key.
struct Submission
{
    enum class Outcome {
        Created,  // first time: stored, `response` is the one just given
        Replayed, // same key, same body: `response` is the one given the first time
        Conflict, // same key, different body: nothing changed but the attempt count
        Failed,   // the database failed: `error` says why, nothing changed
    };
    Outcome outcome = Outcome::Failed;
    QByteArray response;
    QString error;
};

// refpos's SQLite database. Every call is one transaction, committed (synchronous=FULL)
// before it returns, so an answer refpos gave survives a SIGKILL.
class Store
{
public:
    static std::unique_ptr<Store> open(const QString &path, QString *error);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // `body` is the canonical JSON and `hash` its canonicalHash(); `response` is stored and
    // returned only when the key is new. A new order settles its loyalty claim in the same
    // transaction (rewards' points deducted, points earned added, both in the response); a
    // reward it cannot honour is an adjustment in the response, never a refused order.
    // `paymentMethod` is the body's payment.method ("card" | "counter"; empty when absent):
    // a card order is stored held (awaiting_payment), any other is released to the kitchen at
    // once, with its row in kitchen_releases.
    // `promoAdjustments` (a promo code refpos did not honour) join the loyalty ones.
    Submission submitOrder(const Order &order, const QString &paymentMethod, const QByteArray &body,
                           const QByteArray &hash, const QList<AcceptedAdjustment> &promoAdjustments = {});
    // A customer joining at the kiosk: the member (memberenrolment.h) and their welcome
    // reward, the response being the new member's JSON.
    Submission submitEnrolment(const LoyaltyEnrolment &enrolment,
                               const std::optional<LoyaltyReward> &welcome, const QByteArray &body,
                               const QByteArray &hash);
    Submission submitFeedback(const FeedbackRequest &request, const QByteArray &body,
                              const QByteArray &hash, const QByteArray &response);
    Submission submitAssist(const QString &key, const AssistRequest &request,
                            const QByteArray &body, const QByteArray &hash,
                            const QByteArray &response);

    // In first-arrival order, for the admin endpoints.
    QJsonArray orders();
    QJsonArray feedback();
    QJsonArray assists();
    qint64 orderCount();
    qint64 feedbackCount();
    qint64 assistCount();

    // Menu items switched on or off through the admin endpoint, by item id.
    QHash<QString, bool> availability();
    bool setAvailability(const QString &itemId, bool available, QString *error);

    // Loyalty members by phone (E.164) / member number / card code, for POST /v1/loyalty/members/search and GET.
    std::optional<QList<LoyaltyMember>> findMembers(LoyaltyLedger::Key key, const QString &value, QString *error);
    // The admin endpoint that sets a member's points (tests, demos). False with `error` when
    // the member does not exist or the database fails.
    bool setMemberPoints(const QString &memberId, int points, QString *error);

    // For the payment classes, which share this connection (and its transactions).
    Database &database() { return *m_db; }

private:
    explicit Store(std::unique_ptr<Database> db);
    struct Statements;
    template<typename Insert>
    Submission submit(const Statements &sql, const QString &key, const QByteArray &hash,
                      const QByteArray &response, Insert insert);
    qint64 count(const char *sql);

    std::unique_ptr<Database> m_db;
};

} // namespace kiosk::refpos
