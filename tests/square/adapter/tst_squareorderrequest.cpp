// The kiosk's order as Square's CreateOrder body: pure, deterministic, Square's ids only.
#include "square/squareorderrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QJsonObject line(const QString &item, const QStringList &modifiers, int quantity, std::optional<QStringList> taxes)
{
    QJsonObject json{{u"item_id"_s, item}, {u"quantity"_s, quantity}, {u"modifiers"_s, QJsonArray::fromStringList(modifiers)},
                     {u"unit_price_cents"_s, 100}, {u"line_total_cents"_s, 100 * quantity}};
    if (taxes)
        json.insert(u"tax_ids"_s, QJsonArray::fromStringList(*taxes));
    return json;
}

QJsonObject order(const QJsonArray &lines)
{
    return QJsonObject{{u"id"_s, u"3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21"_s}, {u"number"_s, u"K1-042"_s},
                       {u"dine_option"_s, u"togo"_s}, {u"lines"_s, lines}, {u"total_cents"_s, 300}};
}

} // namespace

class TestSquareOrderRequest : public QObject
{
    Q_OBJECT

private slots:
    void linesAreVariationsWithModifiersAndOrderTaxes()
    {
        const QJsonArray lines{
            // an i_ item: its size is a v_ option, the other options are modifiers
            line(u"i_item1"_s, {u"v_single"_s, u"m_bacon_2"_s}, 2, QStringList{u"t_sales"_s}),
            line(u"v_soda"_s, {}, 1, QStringList{u"t_bev"_s}),
            line(u"v_water"_s, {}, 1, QStringList{}),
        };
        QString error;
        const auto request = squareCreateOrder(order(lines), u"LOC1"_s, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->value(u"idempotency_key"_s).toString(), u"3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21"_s);
        const QJsonObject o = request->value(u"order"_s).toObject();
        QCOMPARE(o.value(u"location_id"_s).toString(), u"LOC1"_s);
        QCOMPARE(o.value(u"reference_id"_s).toString(), u"K1-042"_s);
        QCOMPARE(o.value(u"ticket_name"_s).toString(), u"K1-042 To go"_s);
        const QJsonArray items = o.value(u"line_items"_s).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject burger = items.at(0).toObject();
        QCOMPARE(burger.value(u"catalog_object_id"_s).toString(), u"SINGLE"_s);
        QCOMPARE(burger.value(u"quantity"_s).toString(), u"2"_s);
        QCOMPARE(burger.value(u"modifiers"_s).toArray().first().toObject().value(u"catalog_object_id"_s).toString(), u"BACON"_s);
        const auto blocked = [&](int i) {
            QStringList ids;
            for (const QJsonValue &b : items.at(i).toObject().value(u"pricing_blocklists"_s).toObject().value(u"blocked_taxes"_s).toArray())
                ids.append(b.toObject().value(u"tax_catalog_object_id"_s).toString());
            return ids;
        };
        QCOMPARE(blocked(0), QStringList{u"BEV"_s});
        QCOMPARE(blocked(1), QStringList{u"SALES"_s});
        QCOMPARE(blocked(2), (QStringList{u"SALES"_s, u"BEV"_s}));
        const QJsonArray taxes = o.value(u"taxes"_s).toArray();
        QCOMPARE(taxes.size(), 2);
        QCOMPARE(taxes.at(0).toObject().value(u"catalog_object_id"_s).toString(), u"SALES"_s);
        QCOMPARE(taxes.at(0).toObject().value(u"scope"_s).toString(), u"ORDER"_s);
        QVERIFY(!o.contains(u"pricing_options"_s));
        const QJsonObject pickup = o.value(u"fulfillments"_s).toArray().first().toObject().value(u"pickup_details"_s).toObject();
        QCOMPARE(pickup.value(u"schedule_type"_s).toString(), u"ASAP"_s);
        QCOMPARE(pickup.value(u"recipient"_s).toObject().value(u"display_name"_s).toString(), u"Order K1-042"_s);
        QCOMPARE(pickup.value(u"note"_s).toString(), u"To go"_s);
    }

    void theSameBodyGivesTheSameBytes()
    {
        const QJsonObject body = order({line(u"v_soda"_s, {}, 1, QStringList{u"t_bev"_s}), line(u"v_water"_s, {}, 3, QStringList{})});
        QString error;
        const QByteArray first = QJsonDocument(*squareCreateOrder(body, u"LOC1"_s, &error)).toJson(QJsonDocument::Compact);
        const QJsonObject again = QJsonDocument::fromJson(QJsonDocument(body).toJson()).object();
        QCOMPARE(QJsonDocument(*squareCreateOrder(again, u"LOC1"_s, &error)).toJson(QJsonDocument::Compact), first);
    }

    void withoutTaxIdsSquareAppliesTheCatalogs()
    {
        QString error;
        const auto request = squareCreateOrder(order({line(u"v_soda"_s, {}, 1, std::nullopt)}), u"LOC1"_s, &error);
        QVERIFY(request);
        const QJsonObject o = request->value(u"order"_s).toObject();
        QVERIFY(o.value(u"pricing_options"_s).toObject().value(u"auto_apply_taxes"_s).toBool());
        QVERIFY(!o.contains(u"taxes"_s));
    }

    void anIdThatIsNotSquaresIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("menu.json item") << line(u"classic_burger"_s, {}, 1, std::nullopt) << u"classic_burger"_s;
        QTest::newRow("menu.json option") << line(u"v_soda"_s, {u"extra_cheese"_s}, 1, std::nullopt) << u"extra_cheese"_s;
        QTest::newRow("i_ item without a size") << line(u"i_item1"_s, {u"m_bacon"_s}, 1, std::nullopt) << u"i_item1"_s;
        QTest::newRow("two variations") << line(u"v_soda"_s, {u"v_single"_s}, 1, std::nullopt) << u"two variations"_s;
        QTest::newRow("menu.json tax") << line(u"v_soda"_s, {}, 1, QStringList{u"vat"_s}) << u"vat"_s;
    }

    void anIdThatIsNotSquaresIsRefused()
    {
        QFETCH(QJsonObject, line);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!squareCreateOrder(order({line}), u"LOC1"_s, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }
};

} // namespace kiosk

QTEST_APPLESS_MAIN(kiosk::TestSquareOrderRequest)
#include "tst_squareorderrequest.moc"
