#pragma once

// The payment endpoints of contract v1 as the tests call them, against a refpos started by
// RefposApiTestCase or RefposProcess.
#include "contract/paymentrequest.h"
#include "support/contractsamples.h"
#include "support/httpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

namespace kiosk::test {

using namespace Qt::StringLiterals;

class PaymentCalls
{
public:
    using UrlOf = std::function<QUrl(const QString &)>;

    PaymentCalls(HttpClient &http, UrlOf url) : m_http(http), m_url(std::move(url)) {}

    static QString codeOf(const HttpResult &reply) { return reply.json().value(u"code"_s).toString(); }
    static QString statusOf(const QJsonObject &json) { return json.value(u"status"_s).toString(); }

    // The sample order with "payment": {"method": method} (none when empty).
    static QJsonObject order(const QString &method, QJsonObject json = sampleOrderJson())
    {
        if (!method.isEmpty())
            json.insert(u"payment"_s, QJsonObject{{u"method"_s, method}});
        return json;
    }

    HttpResult postOrder(const QJsonObject &order)
    {
        return m_http.postJson(m_url(u"/v1/orders"_s), order, order.value(u"id"_s).toString());
    }

    // The sample order as the kiosk sends it to be paid by card.
    static QJsonObject cardOrder()
    {
        Order order = sampleOrder();
        order.payment = PaymentMethod::Card;
        return order.toContractJson();
    }

    // A payment of the whole order on `terminal`, as the kiosk builds it.
    static QJsonObject paymentFor(const QJsonObject &order, const QString &terminal)
    {
        const PaymentCreateRequest request{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                           order.value(u"id"_s).toString(),
                                           order.value(u"total_cents"_s).toInteger(), u"USD"_s,
                                           terminal, QDateTime::currentDateTimeUtc()};
        return QJsonDocument::fromJson(request.toJson()).object();
    }

    HttpResult postPayment(const QJsonObject &payment)
    {
        return m_http.postJson(m_url(u"/v1/payments"_s), payment, payment.value(u"id"_s).toString());
    }

    HttpResult get(const QString &paymentId) { return m_http.get(m_url(u"/v1/payments/"_s + paymentId)); }

    HttpResult cancel(const QString &paymentId, const QByteArray &body = {})
    {
        return m_http.post(m_url(u"/v1/payments/%1/cancel"_s.arg(paymentId)), body,
                           {{"Content-Type", "application/json"}});
    }

    // POST /v1/orders/<id>/release or /cancel.
    HttpResult orderAction(const QString &orderId, const QString &action, const QByteArray &body)
    {
        return m_http.post(m_url(u"/v1/orders/%1/%2"_s.arg(orderId, action)), body,
                           {{"Content-Type", "application/json"}});
    }

    HttpResult setTerminal(const QString &terminal, const QJsonObject &body)
    {
        return m_http.put(m_url(u"/admin/terminals/"_s + terminal),
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // GET until the payment is final (or `timeoutMs` passes): its last answer.
    QJsonObject waitFinal(const QString &paymentId, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject last;
        do {
            last = get(paymentId).json();
            const QString status = statusOf(last);
            if (status != u"pending"_s && status != u"in_progress"_s)
                return last;
            QTest::qWait(50);
        } while (timer.elapsed() < timeoutMs);
        return last;
    }

    // A new payment of the whole order on `terminal`, read until final: its last answer
    // (empty when refpos did not take it).
    QJsonObject payToTheEnd(const QJsonObject &order, const QString &terminal)
    {
        const QJsonObject payment = paymentFor(order, terminal);
        if (postPayment(payment).status != 201)
            return {};
        return waitFinal(payment.value(u"id"_s).toString());
    }

    // The order as GET /admin/payments lists it (empty when it is not there).
    QJsonObject adminOrder(const QString &orderId)
    {
        const QJsonArray orders = m_http.get(m_url(u"/admin/payments"_s)).json().value(u"orders"_s).toArray();
        for (const QJsonValue &o : orders) {
            if (o.toObject().value(u"order_id"_s).toString() == orderId)
                return o.toObject();
        }
        return {};
    }

    qint64 releases(const QString &orderId) { return adminOrder(orderId).value(u"kitchen_releases"_s).toInteger(-1); }

private:
    HttpClient &m_http;
    UrlOf m_url;
};

} // namespace kiosk::test
