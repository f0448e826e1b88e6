#include "refpos/payments.h"

#include "contract/canonicaljson.h"
#include "contract/jsonfield.h"
#include "refpos/errorbody.h"
#include "refpos/paymentclock.h"
#include "refpos/terminal.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

// The payment body's fields, each checked as JsonField checks an order's.
struct PaymentBody
{
    QString id;
    QString orderId;
    qint64 amountCents = 0;
    QString currency;
    QString terminalId;
    QString createdAt;
};

std::optional<PaymentBody> paymentBody(const QJsonObject &json, QString *error)
{
    const auto field = [&json](const char *key) { return JsonField(json, QString(), QString::fromLatin1(key)); };
    const std::optional<QUuid> id = field("id").uuid(error);
    if (!id)
        return std::nullopt;
    const std::optional<QUuid> orderId = field("order_id").uuid(error);
    if (!orderId)
        return std::nullopt;
    const std::optional<qint64> amount = field("amount_cents").integer(error, 1, 100'000'000);
    if (!amount)
        return std::nullopt;
    const std::optional<QString> currency = field("currency").string(error);
    if (!currency)
        return std::nullopt;
    static const QRegularExpression iso4217(u"^[A-Z]{3}$"_s);
    if (!iso4217.match(*currency).hasMatch()) {
        *error = u"currency: expected three capital letters (ISO 4217), got \"%1\""_s.arg(*currency);
        return std::nullopt;
    }
    const std::optional<QString> terminalId = field("terminal_id").string(error);
    if (!terminalId)
        return std::nullopt;
    if (terminalId->size() > 64) {
        *error = u"terminal_id: longer than 64 characters"_s;
        return std::nullopt;
    }
    const std::optional<QDateTime> createdAt = field("created_at").utcTimestamp(error);
    if (!createdAt)
        return std::nullopt;
    return PaymentBody{id->toString(QUuid::WithoutBraces), orderId->toString(QUuid::WithoutBraces),
                       *amount, *currency, *terminalId, createdAt->toString(Qt::ISODateWithMs)};
}

} // namespace

Payments::Payments(Database &db, Terminal &terminal, PaymentClock &clock)
    : m_db(db), m_terminal(terminal), m_clock(clock)
{
}

Response Payments::storageError(const QString &error)
{
    return apiError(500, "internal", u"storage: %1"_s.arg(error));
}

Response Payments::create(const Request &request)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty())
        return apiError(422, "validation", u"Idempotency-Key: missing"_s);
    if (key.size() > 128)
        return apiError(422, "validation", u"Idempotency-Key: longer than 128 characters"_s);
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    if (!json)
        return apiError(422, "validation", error);
    if (!m_clock.settle(&error))
        return storageError(error);
    const QByteArray hash = canonicalHash(*json);

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return storageError(m_db.lastError());
    Statement known = m_db.prepare("SELECT body_hash, response FROM payments WHERE id = ?1");
    if (known.bind(1, key).next()) {
        const bool same = known.text(0).toLatin1() == hash;
        const QByteArray first = known.text(1).toUtf8();
        Statement bump = m_db.prepare("UPDATE payments SET attempts = attempts + 1 WHERE id = ?1");
        if (!bump.bind(1, key).exec() || !tx.commit())
            return storageError(m_db.lastError());
        if (!same)
            return apiError(409, "idempotency_conflict",
                            u"Idempotency-Key: payment %1 was already received with a different body"_s.arg(key));
        return Response{200, {}, first};
    }
    if (known.failed())
        return storageError(m_db.lastError());
    QByteArray created;
    const Response answer = admit(*json, key, hash, &created);
    if (created.isEmpty())
        return answer; // refused: nothing was written, the transaction rolls back
    if (!tx.commit())
        return storageError(m_db.lastError());
    return answer;
}

Response Payments::admit(const QJsonObject &json, const QString &key, const QByteArray &hash,
                         QByteArray *created)
{
    QString error;
    const std::optional<PaymentBody> body = paymentBody(json, &error);
    if (!body)
        return apiError(422, "validation", error);
    if (key != body->id)
        return apiError(422, "validation",
                        u"Idempotency-Key: expected the body's id \"%1\", got \"%2\""_s.arg(body->id, key));

    Statement order = m_db.prepare("SELECT status, total_cents FROM orders WHERE id = ?1");
    if (!order.bind(1, body->orderId).next()) {
        if (order.failed())
            return storageError(m_db.lastError());
        return apiError(404, "unknown_order", u"no order %1"_s.arg(body->orderId));
    }
    const QString status = order.text(0);
    if (status == u"paid")
        return apiError(409, "order_already_paid", u"order %1 is paid already"_s.arg(body->orderId));
    if (status != u"awaiting_payment")
        return apiError(409, "order_not_held", u"order %1 is not held for a card payment (%2)"_s
                                                   .arg(body->orderId, status));
    // Two open payments for one order could charge twice: the second waits for the first's end.
    Statement open = m_db.prepare(
        "SELECT id FROM payments WHERE order_id = ?1 AND status IN ('pending', 'in_progress')");
    if (open.bind(1, body->orderId).next())
        return apiError(409, "payment_in_progress", u"order %1 has payment %2 in progress"_s
                                                        .arg(body->orderId, open.text(0)));
    if (body->amountCents != order.int64(1) || body->currency != QLatin1String(StoreCurrency))
        return apiError(422, "amount_mismatch", u"the order is %1 %2; the payment asks for %3 %4"_s
                                                    .arg(order.int64(1)).arg(QLatin1String(StoreCurrency))
                                                    .arg(body->amountCents).arg(body->currency));
    Statement busy = m_db.prepare(
        "SELECT id FROM payments WHERE terminal_id = ?1 AND status IN ('pending', 'in_progress')");
    if (busy.bind(1, body->terminalId).next())
        return apiError(409, "terminal_busy", u"terminal %1 is busy with another payment"_s.arg(body->terminalId));

    const std::optional<TerminalOutcome> plan = m_terminal.takeNext(body->terminalId, &error);
    if (!plan)
        return storageError(error);
    const qint64 now = PaymentClock::nowMs();
    const QString nowText = PaymentClock::utc(now);
    const QByteArray answer = QJsonDocument(QJsonObject{{u"id"_s, body->id}, {u"status"_s, u"pending"_s}})
                                  .toJson(QJsonDocument::Compact);
    Statement insert = m_db.prepare(
        "INSERT INTO payments (id, order_id, amount_cents, currency, terminal_id, created_at, body,"
        " body_hash, response, received_at, status, updated_at, planned, shown_ms, due_ms, deadline_ms)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'pending', ?10, ?11, ?12, ?13, ?14)");
    insert.bind(1, body->id).bind(2, body->orderId).bind(3, body->amountCents).bind(4, body->currency)
        .bind(5, body->terminalId).bind(6, body->createdAt).bind(7, QString::fromUtf8(canonicalJson(json)))
        .bind(8, QString::fromLatin1(hash)).bind(9, QString::fromUtf8(answer)).bind(10, nowText)
        .bind(11, plan->kind).bind(12, now + PaymentClock::ShowAfterMs);
    plan->kind == u"no_answer" ? insert.bindNull(13) : insert.bind(13, now + plan->afterMs);
    if (!insert.bind(14, now + PaymentClock::DeadlineMs).exec())
        return storageError(m_db.lastError());
    *created = answer;
    return Response{201, {}, answer};
}

std::optional<QJsonObject> Payments::read(const QString &id, QString *error)
{
    Statement row = m_db.prepare(
        "SELECT id, order_id, amount_cents, currency, terminal_id, status, reason, card_brand,"
        " card_last4, updated_at FROM payments WHERE id = ?1");
    if (!row.bind(1, id).next()) {
        error->clear();
        if (row.failed())
            *error = m_db.lastError();
        return std::nullopt;
    }
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {u"id"_s, row.text(0)},
        {u"order_id"_s, row.text(1)},
        {u"amount_cents"_s, row.int64(2)},
        {u"currency"_s, row.text(3)},
        {u"terminal_id"_s, row.text(4)},
        {u"status"_s, row.text(5)},
        {u"reason"_s, row.isNull(6) ? null : QJsonValue(row.text(6))},
        {u"card"_s, row.isNull(7) ? null
                                  : QJsonValue(QJsonObject{{u"brand"_s, row.text(7)}, {u"last4"_s, row.text(8)}})},
        {u"updated_at"_s, row.text(9)},
    };
}

Response Payments::get(const QString &id)
{
    QString error;
    if (!m_clock.settle(&error))
        return storageError(error);
    const std::optional<QJsonObject> payment = read(id, &error);
    if (!payment) {
        return error.isEmpty() ? apiError(404, "unknown_payment", u"no payment %1"_s.arg(id))
                               : storageError(error);
    }
    return Response::json(200, *payment);
}

// A cancel is a request: it is stored with the time the terminal will act on it, and what the
// payment became by then (its own outcome may come first) is what GET will say.
Response Payments::cancel(const Request &request, const QString &id)
{
    QString error;
    QString reason = u"seller_canceled"_s;
    if (!request.body.trimmed().isEmpty()) {
        const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
        if (!json)
            return apiError(422, "validation", error);
        if (json->contains(u"reason"_s)) {
            const std::optional<QString> given = JsonField(*json, QString(), u"reason"_s).string(&error);
            if (!given)
                return apiError(422, "validation", error);
            if (*given != u"seller_canceled" && *given != u"timed_out")
                return apiError(422, "validation",
                                u"reason: expected seller_canceled or timed_out, got \"%1\""_s.arg(*given));
            reason = *given;
        }
    }
    if (!m_clock.settle(&error))
        return storageError(error);
    Statement row = m_db.prepare("SELECT terminal_id, status, cancel_reason FROM payments WHERE id = ?1");
    if (!row.bind(1, id).next()) {
        return row.failed() ? storageError(m_db.lastError())
                            : apiError(404, "unknown_payment", u"no payment %1"_s.arg(id));
    }
    const bool open = row.text(1) == u"pending" || row.text(1) == u"in_progress";
    if (open && row.isNull(2)) { // a second cancel keeps the first one's time and reason
        const std::optional<qint64> after = m_terminal.cancelAfterMs(row.text(0), &error);
        if (!after)
            return storageError(error);
        Statement ask = m_db.prepare(
            "UPDATE payments SET cancel_reason = ?2, cancel_due_ms = ?3 WHERE id = ?1");
        if (!ask.bind(1, id).bind(2, reason).bind(3, PaymentClock::nowMs() + *after).exec())
            return storageError(m_db.lastError());
        if (!m_clock.settle(&error))
            return storageError(error);
    }
    return get(id);
}

} // namespace kiosk::refpos
