// Every fault refpos injects, observed from the client's side, and what each does to the
// request: error, 429 and reset leave it unprocessed; hang, slow body and malformed hit the
// response of a request that was stored.
#include "contract/responses.h"
#include "support/contractsamples.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "support/samplestore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestRefposFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RefposProcess> m_refpos;
    HttpClient m_http;
    QByteArray m_menuBody;

    QUrl url(const QString &path) const { return m_refpos->url(path); }

    bool setFaults(const QByteArray &json)
    {
        return m_http.put(url(u"/admin/faults"_s), json).status == 200;
    }

    qint64 faultCount(const QString &kind)
    {
        return m_http.get(url(u"/admin/stats"_s)).json().value(u"faults"_s).toObject().value(kind).toInteger();
    }

    bool orderStored(const QString &id)
    {
        const QJsonArray orders = m_http.get(url(u"/admin/orders"_s)).json().value(u"orders"_s).toArray();
        return std::any_of(orders.begin(), orders.end(),
                           [&id](const QJsonValue &o) { return o.toObject().value(u"id"_s).toString() == id; });
    }

    HttpResult postOrder(const QJsonObject &order, int timeoutMs = 5000)
    {
        return m_http.postJson(url(u"/v1/orders"_s), order, order.value(u"id"_s).toString(), timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_refpos = std::make_unique<RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--menu"_s, sampleMenuFile(), u"--seed"_s, u"42"_s}, &error),
                 qPrintable(error));
        const HttpResult menu = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(menu.status, 200);
        m_menuBody = menu.body;
    }

    void cleanup()
    {
        QVERIFY(setFaults("{}"));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_refpos->terminate(), 0);
    }

    void latency()
    {
        QVERIFY(setFaults("{\"latency_ms\": 300}"));
        const HttpResult menu = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(menu.status, 200);
        QVERIFY2(menu.elapsedMs >= 300, qPrintable(QString::number(menu.elapsedMs)));
        QCOMPARE(menu.body, m_menuBody);
        const HttpResult health = m_http.get(url(u"/v1/health"_s)); // exempt by default
        QVERIFY2(health.elapsedMs < 300, qPrintable(QString::number(health.elapsedMs)));
        QVERIFY(faultCount(u"latency"_s) >= 1);
    }

    void errorRateWithFixedSeed()
    {
        QVERIFY(setFaults("{\"error_rate\": 0.3, \"error_status\": 503, \"seed\": 7}"));
        QList<int> statuses;
        for (int i = 0; i < 100; ++i)
            statuses.append(m_http.get(url(u"/v1/menu"_s)).status);
        const qsizetype errors = statuses.count(503);
        QCOMPARE(statuses.count(200) + errors, 100);
        QVERIFY2(errors >= 18 && errors <= 42, qPrintable(QString::number(errors)));

        // The same seed gives the same sequence of faults.
        QVERIFY(setFaults("{\"error_rate\": 0.3, \"error_status\": 503, \"seed\": 7}"));
        QList<int> again;
        for (int i = 0; i < 100; ++i)
            again.append(m_http.get(url(u"/v1/menu"_s)).status);
        QCOMPARE(again, statuses);
        QCOMPARE(faultCount(u"error"_s), 2 * errors);
    }

    void injectedErrorsAreNotProcessed()
    {
        QVERIFY(setFaults("{\"error_rate\": 1, \"error_status\": 502}"));
        const QJsonObject order = sampleOrderJson();
        const HttpResult reply = postOrder(order);
        QCOMPARE(reply.status, 502);
        QCOMPARE(parseErrorBody(reply.body), u"injected fault: status 502"_s);
        QVERIFY(!orderStored(order.value(u"id"_s).toString()));
        QCOMPARE(m_http.get(url(u"/v1/health"_s)).status, 200); // exempt
        QVERIFY(setFaults("{\"error_rate\": 1, \"faults_on_health\": true}"));
        QCOMPARE(m_http.get(url(u"/v1/health"_s)).status, 503);
    }

    void rateLimitCarriesRetryAfter()
    {
        QVERIFY(setFaults("{\"rate_limit_rate\": 1, \"retry_after_s\": 7}"));
        const QJsonObject order = sampleOrderJson();
        const HttpResult reply = postOrder(order);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
        QVERIFY(parseErrorBody(reply.body));
        QVERIFY(!orderStored(order.value(u"id"_s).toString()));
        QVERIFY(faultCount(u"rate_limit"_s) >= 1);
    }

    void hangMakesTheClientTimeOut()
    {
        QVERIFY(setFaults("{\"hang_rate\": 1}"));
        const QJsonObject order = sampleOrderJson();
        const HttpResult reply = postOrder(order, 500);
        QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.elapsedMs >= 450, qPrintable(QString::number(reply.elapsedMs))); // coarse timer
        QVERIFY(setFaults("{}"));
        // The order was stored before the silence: the kiosk's retry is a clean replay.
        QVERIFY(orderStored(order.value(u"id"_s).toString()));
        const HttpResult retry = postOrder(order);
        QCOMPARE(retry.status, 200);
        QVERIFY(parseOrderAccepted(retry.body, nullptr));
        QCOMPARE(faultCount(u"hang"_s), 1);
    }

    void resetIsAConnectionError()
    {
        QVERIFY(setFaults("{\"reset_rate\": 1}"));
        const QJsonObject order = sampleOrderJson();
        const HttpResult reply = postOrder(order);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError
                     || reply.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(reply.error)));
        QVERIFY(setFaults("{}"));
        QVERIFY(!orderStored(order.value(u"id"_s).toString()));
        QVERIFY(faultCount(u"reset"_s) >= 1); // Qt resends once or twice on its own
    }

    void slowBodyArrivesCompleteButLate()
    {
        QVERIFY(setFaults("{\"slow_body_rate\": 1, \"slow_body_ms\": 800}"));
        const HttpResult menu = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(menu.status, 200);
        QVERIFY2(menu.elapsedMs >= 750, qPrintable(QString::number(menu.elapsedMs)));
        QCOMPARE(menu.body, m_menuBody);
        QCOMPARE(faultCount(u"slow_body"_s), 1);
    }

    void malformedBodyButOrderStored()
    {
        QVERIFY(setFaults("{\"malformed_rate\": 1}"));
        const QJsonObject order = sampleOrderJson();
        const HttpResult reply = postOrder(order);
        QCOMPARE(reply.status, 201);
        QString error;
        QVERIFY(!parseOrderAccepted(reply.body, &error));
        QVERIFY2(error.startsWith(u"body: invalid JSON"_s), qPrintable(error));
        QVERIFY(setFaults("{}"));
        QVERIFY(orderStored(order.value(u"id"_s).toString()));
        const HttpResult retry = postOrder(order);
        QCOMPARE(retry.status, 200);
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(retry.body, &error);
        QVERIFY2(accepted, qPrintable(error));
        QCOMPARE(accepted->orderId.toString(QUuid::WithoutBraces), order.value(u"id"_s).toString());
        QCOMPARE(faultCount(u"malformed"_s), 1);
    }

    void commandLineFaults()
    {
        QTemporaryDir dir;
        RefposProcess other(dir.filePath(u"other.db"_s));
        QString error;
        QVERIFY2(other.start({u"--error-rate"_s, u"1"_s, u"--error-status"_s, u"500"_s,
                              u"--latency-ms"_s, u"50"_s, u"--seed"_s, u"3"_s}, &error),
                 qPrintable(error));
        HttpClient client;
        const HttpResult reply = client.get(other.url(u"/v1/menu"_s));
        QCOMPARE(reply.status, 500);
        QVERIFY(reply.elapsedMs >= 50);
        const QJsonObject faults = client.get(other.url(u"/admin/faults"_s)).json();
        QCOMPARE(faults.value(u"error_rate"_s).toDouble(), 1.0);
        QCOMPARE(faults.value(u"latency_ms"_s).toInt(), 50);
        QCOMPARE(other.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRefposFaults)
#include "tst_refposfaults.moc"
