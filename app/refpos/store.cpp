#include "refpos/store.h"

#include "refpos/memberenrolment.h"
#include "refpos/refposschema.h"
#include "storage/database.h"

#include "contract/membersresponse.h"
#include "contract/responses.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

struct Store::Statements
{
    const char *lookup; // ?1 = key -> body_hash, response
    const char *bump;   // ?1 = key: one more attempt
};

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue nullableInt(const Statement &row, int column)
{
    return row.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.int64(column));
}

} // namespace

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    std::unique_ptr<Database> db = Database::open(path, refposSchema(), error);
    if (!db)
        return nullptr;
    return std::unique_ptr<Store>(new Store(std::move(db)));
}

Store::Store(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

Store::~Store() = default;

// One transaction: look the key up; a known key only gains an attempt, a new one is inserted.
template<typename Insert>
Submission Store::submit(const Statements &sql, const QString &key, const QByteArray &hash,
                         const QByteArray &response, Insert insert)
{
    Submission result;
    Database::Transaction tx(*m_db);
    if (!tx.isActive()) {
        result.error = u"cannot begin a transaction: %1"_s.arg(m_db->lastError());
        return result;
    }
    Statement lookup = m_db->prepare(sql.lookup);
    lookup.bind(1, key);
    if (lookup.next()) {
        const bool same = lookup.text(0).toLatin1() == hash;
        const QByteArray stored = lookup.text(1).toUtf8();
        Statement bump = m_db->prepare(sql.bump);
        if (!bump.bind(1, key).exec() || !tx.commit()) {
            result.error = u"cannot count the attempt: %1"_s.arg(m_db->lastError());
            return result;
        }
        result.outcome = same ? Submission::Outcome::Replayed : Submission::Outcome::Conflict;
        result.response = stored;
        return result;
    }
    if (lookup.failed()) {
        result.error = u"cannot look the key up: %1"_s.arg(m_db->lastError());
        return result;
    }
    result.response = response;
    QString failure;
    if (!insert(now(), &result.response, &failure)) {
        result.error = failure.isEmpty() ? u"cannot store the request: %1"_s.arg(m_db->lastError()) : failure;
        return result; // the transaction rolls back
    }
    if (!tx.commit()) {
        result.error = u"cannot store the request: %1"_s.arg(m_db->lastError());
        return result;
    }
    result.outcome = Submission::Outcome::Created;
    return result;
}

Submission Store::submitOrder(const Order &order, const QString &paymentMethod,
                              const QByteArray &body, const QByteArray &hash,
                              const QList<AcceptedAdjustment> &promoAdjustments)
{
    static const Statements sql{
        "SELECT body_hash, response FROM orders WHERE id = ?1",
        "UPDATE orders SET attempts = attempts + 1 WHERE id = ?1"};
    const QString id = order.id.toString(QUuid::WithoutBraces);
    return submit(sql, id, hash, QByteArray(),
                  [&](const QString &receivedAt, QByteArray *response, QString *failure) {
        LoyaltyLedger ledger(*m_db);
        const std::optional<LoyaltyLedger::Settlement> settlement = ledger.settle(order, failure);
        if (!settlement)
            return false;
        const bool held = paymentMethod == u"card";
        const QString status = held ? u"awaiting_payment"_s : u"accepted"_s;
        const OrderAccepted accepted{order.id, status, settlement->pointsEarned,
                                     settlement->adjustments + promoAdjustments};
        *response = QJsonDocument(accepted.toJson()).toJson(QJsonDocument::Compact);
        Statement insert = m_db->prepare(
            "INSERT INTO orders (id, number, kiosk_id, created_at, total_cents, member_id,"
            " points_earned, body, body_hash, response, received_at, payment_method, status,"
            " points_redeemed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        insert.bind(1, id).bind(2, order.number).bind(3, order.kioskId)
            .bind(4, utc(order.createdAt)).bind(5, order.totals.total);
        if (order.loyalty)
            insert.bind(6, order.loyalty->memberId);
        else
            insert.bindNull(6);
        paymentMethod.isEmpty() ? insert.bindNull(12) : insert.bind(12, paymentMethod);
        if (!insert.bind(7, qint64(settlement->pointsEarned)).bind(8, QString::fromUtf8(body))
                 .bind(9, QString::fromLatin1(hash)).bind(10, QString::fromUtf8(*response))
                 .bind(11, receivedAt).bind(13, status).bind(14, settlement->pointsRedeemed).exec())
            return false;
        if (held)
            return true;
        Statement release = m_db->prepare(
            "INSERT INTO kitchen_releases (order_id, method, at) VALUES (?1, 'counter', ?2)");
        return release.bind(1, id).bind(2, receivedAt).exec();
    });
}

Submission Store::submitEnrolment(const LoyaltyEnrolment &enrolment,
                                  const std::optional<LoyaltyReward> &welcome,
                                  const QByteArray &body, const QByteArray &hash)
{
    static const Statements sql{
        "SELECT body_hash, response FROM loyalty_enrolments WHERE id = ?1",
        "UPDATE loyalty_enrolments SET attempts = attempts + 1 WHERE id = ?1"};
    const QString id = enrolment.memberId.toString(QUuid::WithoutBraces);
    return submit(sql, id, hash, QByteArray(),
                  [&](const QString &receivedAt, QByteArray *response, QString *failure) {
        const std::optional<LoyaltyMember> member = enrolMember(*m_db, enrolment, welcome, failure);
        if (!member)
            return false;
        *response = QJsonDocument(loyaltyMemberJson(*member)).toJson(QJsonDocument::Compact);
        Statement insert = m_db->prepare(
            "INSERT INTO loyalty_enrolments (id, kiosk_id, created_at, body, body_hash, response,"
            " received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        return insert.bind(1, id).bind(2, enrolment.kioskId).bind(3, utc(enrolment.createdAt))
            .bind(4, QString::fromUtf8(body)).bind(5, QString::fromLatin1(hash))
            .bind(6, QString::fromUtf8(*response)).bind(7, receivedAt).exec();
    });
}

Submission Store::submitFeedback(const FeedbackRequest &request, const QByteArray &body,
                                 const QByteArray &hash, const QByteArray &response)
{
    static const Statements sql{
        "SELECT body_hash, response FROM feedback WHERE id = ?1",
        "UPDATE feedback SET attempts = attempts + 1 WHERE id = ?1"};
    const QString id = request.id.toString(QUuid::WithoutBraces);
    return submit(sql, id, hash, response, [&](const QString &receivedAt, QByteArray *, QString *) {
        Statement insert = m_db->prepare(
            "INSERT INTO feedback (id, order_id, csat, nps, comment, language, created_at, body,"
            " body_hash, response, received_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        insert.bind(1, id).bind(2, request.orderId.toString(QUuid::WithoutBraces));
        request.csat ? insert.bind(3, qint64(*request.csat)) : insert.bindNull(3);
        request.nps ? insert.bind(4, qint64(*request.nps)) : insert.bindNull(4);
        request.comment ? insert.bind(5, *request.comment) : insert.bindNull(5);
        return insert.bind(6, request.language).bind(7, utc(request.createdAt))
            .bind(8, QString::fromUtf8(body)).bind(9, QString::fromLatin1(hash))
            .bind(10, QString::fromUtf8(response)).bind(11, receivedAt).exec();
    });
}

Submission Store::submitAssist(const QString &key, const AssistRequest &request,
                               const QByteArray &body, const QByteArray &hash,
                               const QByteArray &response)
{
    static const Statements sql{
        "SELECT body_hash, response FROM assist WHERE key = ?1",
        "UPDATE assist SET attempts = attempts + 1 WHERE key = ?1"};
    return submit(sql, key, hash, response, [&](const QString &receivedAt, QByteArray *, QString *) {
        Statement insert = m_db->prepare(
            "INSERT INTO assist (key, kiosk_id, reason, created_at, body, body_hash, response,"
            " received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        return insert.bind(1, key).bind(2, request.kioskId).bind(3, request.reason)
            .bind(4, utc(request.createdAt)).bind(5, QString::fromUtf8(body))
            .bind(6, QString::fromLatin1(hash)).bind(7, QString::fromUtf8(response))
            .bind(8, receivedAt).exec();
    });
}

QJsonArray Store::orders()
{
    QJsonArray list;
    Statement row = m_db->prepare(
        "SELECT id, number, kiosk_id, created_at, total_cents, member_id, points_earned,"
        " received_at, attempts FROM orders ORDER BY seq");
    while (row.next()) {
        list.append(QJsonObject{
            {u"id"_s, row.text(0)},
            {u"number"_s, row.text(1)},
            {u"kiosk_id"_s, row.text(2)},
            {u"created_at"_s, row.text(3)},
            {u"total_cents"_s, row.int64(4)},
            {u"member_id"_s, row.isNull(5) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.text(5))},
            {u"points_earned"_s, row.int64(6)},
            {u"received_at"_s, row.text(7)},
            {u"attempts"_s, row.int64(8)},
        });
    }
    return list;
}

QJsonArray Store::feedback()
{
    QJsonArray list;
    Statement row = m_db->prepare(
        "SELECT id, order_id, csat, nps, comment, language, created_at, received_at, attempts"
        " FROM feedback ORDER BY seq");
    while (row.next()) {
        list.append(QJsonObject{
            {u"id"_s, row.text(0)},
            {u"order_id"_s, row.text(1)},
            {u"csat"_s, nullableInt(row, 2)},
            {u"nps"_s, nullableInt(row, 3)},
            {u"comment"_s, row.isNull(4) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.text(4))},
            {u"language"_s, row.text(5)},
            {u"created_at"_s, row.text(6)},
            {u"received_at"_s, row.text(7)},
            {u"attempts"_s, row.int64(8)},
        });
    }
    return list;
}

QJsonArray Store::assists()
{
    QJsonArray list;
    Statement row = m_db->prepare(
        "SELECT key, kiosk_id, reason, created_at, received_at, attempts FROM assist ORDER BY seq");
    while (row.next()) {
        list.append(QJsonObject{
            {u"key"_s, row.text(0)},
            {u"kiosk_id"_s, row.text(1)},
            {u"reason"_s, row.text(2)},
            {u"created_at"_s, row.text(3)},
            {u"received_at"_s, row.text(4)},
            {u"attempts"_s, row.int64(5)},
        });
    }
    return list;
}

qint64 Store::count(const char *sql)
{
    Statement row = m_db->prepare(sql);
    return row.next() ? row.int64(0) : -1;
}

qint64 Store::orderCount()
{
    return count("SELECT COUNT(*) FROM orders");
}

qint64 Store::feedbackCount()
{
    return count("SELECT COUNT(*) FROM feedback");
}

qint64 Store::assistCount()
{
    return count("SELECT COUNT(*) FROM assist");
}

QHash<QString, bool> Store::availability()
{
    QHash<QString, bool> items;
    Statement row = m_db->prepare("SELECT item_id, available FROM menu_availability");
    while (row.next())
        items.insert(row.text(0), row.int64(1) != 0);
    return items;
}

bool Store::setAvailability(const QString &itemId, bool available, QString *error)
{
    Database::Transaction tx(*m_db);
    Statement upsert = m_db->prepare(
        "INSERT INTO menu_availability (item_id, available, changed_at) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (item_id) DO UPDATE SET available = excluded.available,"
        " changed_at = excluded.changed_at");
    if (!tx.isActive() || !upsert.bind(1, itemId).bind(2, qint64(available)).bind(3, now()).exec()
        || !tx.commit()) {
        *error = u"cannot store the availability of %1: %2"_s.arg(itemId, m_db->lastError());
        return false;
    }
    return true;
}

std::optional<QList<LoyaltyMember>> Store::findMembers(LoyaltyLedger::Key key, const QString &value,
                                                      QString *error)
{
    return LoyaltyLedger(*m_db).find(key, value, error);
}

bool Store::setMemberPoints(const QString &memberId, int points, QString *error)
{
    LoyaltyLedger ledger(*m_db);
    if (!ledger.member(memberId, error)) {
        if (error->isEmpty())
            *error = u"no member \"%1\""_s.arg(memberId);
        return false;
    }
    return ledger.setPoints(memberId, points, error);
}

} // namespace kiosk::refpos
