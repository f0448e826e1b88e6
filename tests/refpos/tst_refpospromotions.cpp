// Promo codes against the real refpos started with --promotions (docs/backend-api.md, "GET
// /v1/promotions/<code>" and the order's promo_code): lookups found (expired ones too), unknown,
// malformed; each reason refpos refuses an order's code for, as an adjustment on the accepted
// order; a code that cannot be one is a broken order.
#include "contract/promotionjson.h"
#include "contract/responses.h"
#include "refposapifixture.h"
#include "support/contractsamples.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestRefposPromotions : public RefposApiTestCase
{
    Q_OBJECT

    QStringList extraArguments() const override
    {
        return {u"--promotions"_s, QStringLiteral(KIOSK_TEST_DATA_DIR) + u"/promotions.json"_s};
    }

    HttpResult lookUp(const QString &encodedCode)
    {
        return m_http.get(QUrl(url(u"/"_s).toString() + u"v1/promotions/"_s + encodedCode));
    }

    // The sample order ($23.47, 2024-05-01) with `code`, Maria redeeming `rewards` ($2 off each).
    QJsonObject promoOrder(const QJsonValue &code, const QStringList &rewards = {})
    {
        Order order = sampleOrder();
        if (!rewards.isEmpty()) {
            order.totals = computeTotals(order.totals.subtotal, 200 * rewards.size(), 825);
            order.loyalty = LoyaltyClaim{u"mbr-1001"_s, rewards};
        }
        QJsonObject json = order.toContractJson();
        json.insert(u"promo_code"_s, code);
        return json;
    }

private slots:
    void looksCodesUp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("as listed") << u"SAVE10"_s << u"SAVE10"_s;
        QTest::newRow("any case") << u"save10"_s << u"SAVE10"_s;
        QTest::newRow("percent-encoded") << u"free%5Fdrink"_s << u"FREE_DRINK"_s;
        QTest::newRow("encoded spaces around") << u"%20together-1%20"_s << u"TOGETHER-1"_s;
        QTest::newRow("expired: still found") << u"OLD"_s << u"OLD"_s;
        QTest::newRow("not yet valid: still found") << u"FUTURE"_s << u"FUTURE"_s;
    }

    void looksCodesUp()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        const HttpResult reply = lookUp(path);
        QCOMPARE(reply.status, 200);
        QString error;
        const std::optional<Promotion> promotion = parsePromotionResponse(reply.body, &error);
        QVERIFY2(promotion, qPrintable(error));
        QCOMPARE(promotion->code, code);
    }

    void answersTheListedRules()
    {
        const QJsonObject save10 = lookUp(u"SAVE10"_s).json();
        QCOMPARE(save10.value(u"kind"_s).toString(), u"percent_off"_s);
        QCOMPARE(save10.value(u"percent"_s).toInt(), 10);
        QCOMPARE(save10.value(u"min_subtotal_cents"_s).toInt(), 1500);
        QCOMPARE(save10.value(u"valid_from"_s).toString(), u"2024-01-01T00:00:00Z"_s);
        QVERIFY(save10.value(u"valid_until"_s).isNull());
        QCOMPARE(save10.value(u"name"_s).toObject().value(u"es"_s).toString(), u"10% de descuento"_s);
        QCOMPARE(lookUp(u"OLD"_s).json().value(u"valid_until"_s).toString(), u"2024-01-01T00:00:00Z"_s);
    }

    void unknownCodesAreNotFound()
    {
        const HttpResult reply = lookUp(u"NOPE"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json(), (QJsonObject{{u"code"_s, u"not_found"_s}, {u"error"_s, u"no such promotion"_s}}));
    }

    void malformedCodesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("inner space") << u"SAVE%2010"_s;
        QTest::newRow("punctuation") << u"SAVE10%21"_s;
        QTest::newRow("33 characters") << QString(33, u'A');
        QTest::newRow("only spaces") << u"%20%20"_s;
        QTest::newRow("a slash") << u"SAVE%2F10"_s;
    }

    void malformedCodesAreRefused()
    {
        QFETCH(QString, path);
        const HttpResult reply = lookUp(path);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"code"_s).toString(), u"validation"_s);
        QCOMPARE(parseErrorBody(reply.body), u"code: must be 1 to 32 of A-Z, 0-9, - and _"_s);
    }

    void needsTheToken()
    {
        HttpClient stranger;
        QCOMPARE(stranger.get(url(u"/v1/promotions/SAVE10"_s)).status, 401);
    }

    void ordersWithARefusedCodeAreAccepted_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("rewards");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown") << u"NOPE"_s << QStringList() << u"no such promotion"_s;
        QTest::newRow("not yet valid") << u"FUTURE"_s << QStringList()
                                       << u"not valid until 2030-01-01T00:00:00Z"_s;
        QTest::newRow("expired") << u"OLD"_s << QStringList() << u"expired at 2024-01-01T00:00:00Z"_s;
        QTest::newRow("below the minimum") << u"BIGSPEND"_s << QStringList()
                                           << u"needs a subtotal of at least 5000 cents, the order has 2347"_s;
        QTest::newRow("free item missing") << u"FREE_DRINK"_s << QStringList()
                                           << u"free item fresh_lemonade is not in the order"_s;
        QTest::newRow("with rewards") << u"SAVE10"_s << QStringList{u"two_dollars_off"_s}
                                      << u"does not combine with rewards"_s;
    }

    void ordersWithARefusedCodeAreAccepted()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, rewards);
        QFETCH(QString, reason);
        const QJsonObject order = promoOrder(code, rewards);
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 201);
        QString error;
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(reply.body, &error);
        QVERIFY2(accepted, qPrintable(error));
        const QList<AcceptedAdjustment> expected{{u"promo"_s, code, u"refused"_s, reason}};
        QCOMPARE(accepted->adjustments, expected);
        QVERIFY(orderStored(idOf(order)));
        // The replay answers the same.
        QCOMPARE(m_http.postJson(url(u"/v1/orders"_s), order, idOf(order)).body, reply.body);
    }

    void ordersWithAnHonouredCodeHaveNoAdjustment_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("rewards");
        QTest::newRow("percent off") << u"SAVE10"_s << QStringList();
        QTest::newRow("sent in lower case") << u"save10"_s << QStringList();
        QTest::newRow("combines with a reward") << u"TOGETHER-1"_s << QStringList{u"two_dollars_off"_s};
    }

    void ordersWithAnHonouredCodeHaveNoAdjustment()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, rewards);
        const QJsonObject order = promoOrder(code, rewards);
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 201);
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(reply.body, nullptr);
        QVERIFY(accepted);
        QVERIFY(accepted->adjustments.isEmpty());
    }

    void malformedPromoCodesAreBrokenOrders_data()
    {
        QTest::addColumn<QJsonValue>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << QJsonValue(10) << u"promo_code: expected a string, got the number 10"_s;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"promo_code: expected a string, got null"_s;
        QTest::newRow("inner space") << QJsonValue(u"SAVE 10"_s) << u"promo_code: must be 1 to 32 of A-Z, 0-9, - and _"_s;
        QTest::newRow("empty") << QJsonValue(u""_s) << u"promo_code: must be 1 to 32 of A-Z, 0-9, - and _"_s;
    }

    void malformedPromoCodesAreBrokenOrders()
    {
        QFETCH(QJsonValue, code);
        QFETCH(QString, expected);
        const QJsonObject order = promoOrder(code);
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), expected);
        QVERIFY(!orderStored(idOf(order)));
    }

    void refusesToStartOnABrokenFile_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QString>("message");    // after "--promotions <path>: "
        QTest::newRow("no file") << QByteArray() << u"No such file or directory"_s;
        QTest::newRow("not JSON") << QByteArray("{\"promotions\": [") << u"not a JSON object"_s;
        QTest::newRow("not a list") << QByteArray("{\"promotions\": 3}") << u"promotions: expected an array"_s;
    }

    void refusesToStartOnABrokenFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"promotions.json"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        RefposProcess refpos(dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY(!refpos.start({u"--promotions"_s, path}, &error));
        const QString said = error + QString::fromUtf8(refpos.standardError());
        QVERIFY2(said.contains(u"--promotions %1: "_s.arg(path)) && said.contains(message), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestRefposPromotions)
#include "tst_refpospromotions.moc"
