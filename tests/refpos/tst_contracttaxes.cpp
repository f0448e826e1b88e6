// The order's inclusive taxes in the contract (per-item menus, docs/backend-api.md
// "tax_included_cents"): sent only when there are some, never part of total_cents, and checked
// by the parser refpos shares with the kiosk.
#include "contract/orderrequest.h"
#include "support/contractsamples.h"

#include <QJsonArray>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestContractTaxes : public QObject
{
    Q_OBJECT

private slots:
    void includedTaxRoundTrips()
    {
        Order order = test::sampleOrder();
        QVERIFY(!order.toContractJson().contains(u"tax_included_cents"_s));
        order.totals.taxIncluded = 213; // 2347 x 10 / 110 = 213.4
        const QJsonObject json = order.toContractJson();
        QCOMPARE(json.value(u"tax_included_cents"_s).toInteger(), 213);
        QCOMPARE(json.value(u"total_cents"_s).toInteger(), order.totals.total);
        QString error;
        const std::optional<Order> parsed = orderFromContractJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->totals, order.totals);
        QCOMPARE(parsed->toContractJson(), json);
    }

    void aLinesOwnTaxesAreAcceptedByTheParserRefposShares()
    {
        // lines[i].tax_ids (docs/backend-api.md) is additive: a backend that does not use it
        // takes the order as before, and the body without it is the body an older kiosk sent.
        Order order = test::sampleOrder();
        const QJsonObject before = order.toContractJson();
        QVERIFY(!before.value(u"lines"_s).toArray().first().toObject().contains(u"tax_ids"_s));
        order.lines.first().taxIds = QStringList{u"t_sales"_s};
        const QJsonObject json = order.toContractJson();
        QCOMPARE(json.value(u"lines"_s).toArray().first().toObject().value(u"tax_ids"_s).toArray(),
                 QJsonArray{u"t_sales"_s});
        QString error;
        QVERIFY2(orderFromContractJson(json, &error), qPrintable(error));
    }

    void includedTaxRules_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("over the discounted subtotal") << QJsonValue(2348)
            << u"tax_included_cents: must be at most 2347, got 2348"_s;
        QTest::newRow("negative") << QJsonValue(-1) << u"tax_included_cents: must be at least 0, got -1"_s;
        QTest::newRow("a string") << QJsonValue(u"12"_s)
            << u"tax_included_cents: expected an integer, got a string"_s;
    }
    void includedTaxRules()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject body = test::sampleOrderJson();
        body.insert(u"tax_included_cents"_s, value);
        QString actual;
        QVERIFY(!orderFromContractJson(body, &actual));
        QCOMPARE(actual, error);
    }

    // The bound is the discounted subtotal: a discount lowers it.
    void boundFollowsTheDiscount()
    {
        QJsonObject body = test::sampleOrderJson();
        body.insert(u"discount_cents"_s, 347);
        body.insert(u"total_cents"_s, 2541 - 347);
        body.insert(u"tax_included_cents"_s, 2001);
        QString actual;
        QVERIFY(!orderFromContractJson(body, &actual));
        QCOMPARE(actual, u"tax_included_cents: must be at most 2000, got 2001"_s);
        body.insert(u"tax_included_cents"_s, 2000);
        QVERIFY2(orderFromContractJson(body, &actual), qPrintable(actual));
    }
};

QTEST_GUILESS_MAIN(TestContractTaxes)
#include "tst_contracttaxes.moc"
