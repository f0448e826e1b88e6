#include "refpos/heldorders.h"

#include "contract/jsonfield.h"
#include "refpos/errorbody.h"
#include "refpos/loyaltyledger.h"
#include "refpos/paymentclock.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

QJsonObject orderStatus(const QString &orderId, const QString &status)
{
    return QJsonObject{{u"order_id"_s, orderId}, {u"status"_s, status}};
}

} // namespace

Response HeldOrders::release(const Request &request, const QString &orderId)
{
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    if (!json)
        return apiError(422, "validation", error);
    if (*json != QJsonObject{{u"method"_s, u"counter"_s}})
        return apiError(422, "validation", u"body: expected {\"method\": \"counter\"}"_s);
    return act(Action::Release, orderId);
}

Response HeldOrders::cancel(const Request &request, const QString &orderId)
{
    QString error;
    if (!request.body.trimmed().isEmpty() && !parseJsonBody(request.body, &error))
        return apiError(422, "validation", error);
    return act(Action::Cancel, orderId);
}

Response HeldOrders::act(Action action, const QString &orderId)
{
    const QString done = action == Action::Release ? u"released_counter"_s : u"canceled"_s;
    QString error;
    if (!m_clock.settle(&error))
        return apiError(500, "internal", u"storage: %1"_s.arg(error));
    Database::Transaction tx(m_db);
    const auto storageError = [this] {
        return apiError(500, "internal", u"storage: %1"_s.arg(m_db.lastError()));
    };
    if (!tx.isActive())
        return storageError();
    Statement order = m_db.prepare("SELECT status FROM orders WHERE id = ?1");
    if (!order.bind(1, orderId).next())
        return order.failed() ? storageError() : apiError(404, "unknown_order", u"no order %1"_s.arg(orderId));
    const QString status = order.text(0);
    if (status == done)
        return Response::json(200, orderStatus(orderId, done)); // again: the same answer
    if (status == u"paid") {
        Response refused = apiError(409, "order_already_paid", u"order %1 is paid"_s.arg(orderId));
        QJsonObject body = QJsonDocument::fromJson(refused.body).object();
        body.insert(u"status"_s, status);
        return Response::json(409, body);
    }
    if (status != u"awaiting_payment")
        return apiError(409, "order_not_held", u"order %1 is not held (%2)"_s.arg(orderId, status));
    Statement open = m_db.prepare(
        "SELECT id FROM payments WHERE order_id = ?1 AND status IN ('pending', 'in_progress')");
    if (open.bind(1, orderId).next())
        return apiError(409, "payment_in_progress",
                        u"order %1 has payment %2 in progress: cancel it first"_s.arg(orderId, open.text(0)));

    Statement update = m_db.prepare("UPDATE orders SET status = ?2 WHERE id = ?1");
    if (!update.bind(1, orderId).bind(2, done).exec())
        return storageError();
    if (action == Action::Release) {
        Statement log = m_db.prepare(
            "INSERT INTO kitchen_releases (order_id, method, at) VALUES (?1, 'counter', ?2)");
        if (!log.bind(1, orderId).bind(2, PaymentClock::utc(PaymentClock::nowMs())).exec())
            return storageError();
    } else if (!reverseLoyalty(orderId, &error)) {
        return apiError(500, "internal", u"storage: %1"_s.arg(error));
    }
    if (!tx.commit())
        return storageError();
    return Response::json(200, orderStatus(orderId, done));
}

bool HeldOrders::reverseLoyalty(const QString &orderId, QString *error)
{
    Statement order = m_db.prepare(
        "SELECT member_id, points_redeemed, points_earned FROM orders WHERE id = ?1");
    if (!order.bind(1, orderId).next()) {
        *error = m_db.lastError();
        return false;
    }
    if (order.isNull(0))
        return true;
    return LoyaltyLedger(m_db).reverse(order.text(0), orderId, order.int64(1), order.int64(2), error);
}

} // namespace kiosk::refpos
