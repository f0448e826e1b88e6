#include "refpos/paymentadmin.h"

#include "contract/jsonfield.h"
#include "refpos/paymentclock.h"
#include "refpos/terminal.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

std::optional<Response> PaymentAdmin::handle(const Request &request)
{
    if (request.path == u"/admin/payments")
        return request.method == "GET" ? list() : Response::methodNotAllowed("GET");
    static const QRegularExpression terminalPath(u"^/admin/terminals/([^/]{1,64})$"_s);
    if (const QRegularExpressionMatch match = terminalPath.match(request.path); match.hasMatch())
        return terminal(request, match.captured(1));
    return std::nullopt;
}

Response PaymentAdmin::list()
{
    QString error;
    if (!m_clock.settle(&error))
        return Response::error(500, error);
    QJsonArray payments;
    Statement payment = m_db.prepare(
        "SELECT id, order_id, status, reason, amount_cents, terminal_id, created_at, updated_at"
        " FROM payments ORDER BY seq");
    while (payment.next()) {
        payments.append(QJsonObject{
            {u"id"_s, payment.text(0)},
            {u"order_id"_s, payment.text(1)},
            {u"status"_s, payment.text(2)},
            {u"reason"_s, payment.isNull(3) ? QJsonValue(QJsonValue::Null) : QJsonValue(payment.text(3))},
            {u"amount_cents"_s, payment.int64(4)},
            {u"terminal_id"_s, payment.text(5)},
            {u"created_at"_s, payment.text(6)},
            {u"updated_at"_s, payment.text(7)},
        });
    }
    QJsonArray orders;
    Statement order = m_db.prepare(
        "SELECT id, status, payment_method, total_cents,"
        " (SELECT COUNT(*) FROM kitchen_releases k WHERE k.order_id = orders.id)"
        " FROM orders WHERE payment_method IS NOT NULL ORDER BY seq");
    while (order.next()) {
        orders.append(QJsonObject{
            {u"order_id"_s, order.text(0)},
            {u"status"_s, order.text(1)},
            {u"payment_method"_s, order.text(2)},
            {u"total_cents"_s, order.int64(3)},
            {u"kitchen_releases"_s, order.int64(4)},
        });
    }
    if (payment.failed() || order.failed())
        return Response::error(500, u"storage: %1"_s.arg(m_db.lastError()));
    return Response::json(200, QJsonObject{{u"payments"_s, payments}, {u"orders"_s, orders}});
}

Response PaymentAdmin::terminal(const Request &request, const QString &terminalId)
{
    QString error;
    if (request.method == "GET") {
        const std::optional<QJsonObject> state = m_terminal.state(terminalId, &error);
        return state ? Response::json(200, *state) : Response::error(500, error);
    }
    if (request.method != "PUT")
        return Response::methodNotAllowed("GET, PUT");
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    if (!json)
        return Response::error(422, error);
    bool invalid = false;
    const std::optional<QJsonObject> state = m_terminal.configure(terminalId, *json, &invalid, &error);
    if (!state)
        return Response::error(invalid ? 422 : 500, error);
    return Response::json(200, *state);
}

} // namespace kiosk::refpos
