// Square's reward tiers and loyalty accounts as the kiosk's rewards and members (pure).
#include "square/squareloyaltymapping.h"

#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const QJsonObject Tier{{u"id"_s, u"tier-1"_s}, {u"points"_s, 50}, {u"name"_s, u"Treat"_s},
                       {u"pricing_rule_reference"_s, QJsonObject{{u"object_id"_s, u"RULE"_s}}}};
const SquareRewardTexts Texts{{u"en"_s, u"es"_s}, {}};

QJsonObject rule(const QJsonObject &extra = {})
{
    QJsonObject data{{u"discount_id"_s, u"DISC"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    return {{u"type"_s, u"PRICING_RULE"_s}, {u"id"_s, u"RULE"_s}, {u"pricing_rule_data"_s, data}};
}

QJsonArray discount(const QJsonObject &data)
{
    return {QJsonObject{{u"type"_s, u"DISCOUNT"_s}, {u"id"_s, u"DISC"_s}, {u"discount_data"_s, data}}};
}

std::optional<LoyaltyReward> map(const QJsonObject &pricingRule, const QJsonArray &related, QString *why)
{
    return rewardFromTier(Tier, pricingRule, related, u"USD"_s, Texts, why);
}

} // namespace

class TestSquareLoyaltyMapping : public QObject
{
    Q_OBJECT

private slots:
    void amountAndPercentTiers();
    void tiersTheKioskCannotShowAreLeftOut_data();
    void tiersTheKioskCannotShowAreLeftOut();
    void allProductsSetIsTheWholeOrder();
    void memberRewardsAndNextReward();
};

void TestSquareLoyaltyMapping::amountAndPercentTiers()
{
    QString why;
    const auto amount = map(rule(), discount({{u"discount_type"_s, u"FIXED_AMOUNT"_s},
                                              {u"amount_money"_s, QJsonObject{{u"amount"_s, 300}, {u"currency"_s, u"USD"_s}}}}), &why);
    QVERIFY2(amount, qPrintable(why));
    QCOMPARE(amount->kind, LoyaltyReward::Kind::AmountOff);
    QCOMPARE(amount->amountCents, 300);
    QCOMPARE(amount->pointsCost, 50);
    QCOMPARE(amount->id, u"tier-1"_s);
    QCOMPARE(amount->name.text(u"es"_s), u"Treat"_s);
    const auto percent = map(rule(), discount({{u"discount_type"_s, u"FIXED_PERCENTAGE"_s}, {u"percentage"_s, u"15.0"_s}}), &why);
    QVERIFY2(percent, qPrintable(why));
    QCOMPARE(percent->kind, LoyaltyReward::Kind::PercentOff);
    QCOMPARE(percent->percent, 15);
}

void TestSquareLoyaltyMapping::tiersTheKioskCannotShowAreLeftOut_data()
{
    QTest::addColumn<QJsonObject>("pricingRule");
    QTest::addColumn<QJsonArray>("related");
    QTest::addColumn<QString>("why");
    const QJsonArray tenPercent = discount({{u"discount_type"_s, u"FIXED_PERCENTAGE"_s}, {u"percentage"_s, u"10"_s}});
    QTest::newRow("some items") << rule({{u"match_products_id"_s, u"SET"_s}}) << tenPercent
                                << u"its discount applies to some items only (match_products_id)"_s;
    QTest::newRow("no discount") << rule() << QJsonArray() << u"its pricing rule names no discount Square returned"_s;
    QTest::newRow("variable") << rule() << discount({{u"discount_type"_s, u"VARIABLE_PERCENTAGE"_s}})
                              << u"its discount type VARIABLE_PERCENTAGE has no kiosk equivalent"_s;
    QTest::newRow("fraction") << rule() << discount({{u"discount_type"_s, u"FIXED_PERCENTAGE"_s}, {u"percentage"_s, u"7.5"_s}})
                              << u"its percentage \"7.5\" is not a whole number from 1 to 100"_s;
    QTest::newRow("capped") << rule()
                            << discount({{u"discount_type"_s, u"FIXED_PERCENTAGE"_s}, {u"percentage"_s, u"10"_s},
                                         {u"maximum_amount_money"_s, QJsonObject{{u"amount"_s, 500}, {u"currency"_s, u"USD"_s}}}})
                            << u"its percentage has a maximum amount, which the kiosk cannot show"_s;
    QTest::newRow("currency") << rule()
                              << discount({{u"discount_type"_s, u"FIXED_AMOUNT"_s},
                                           {u"amount_money"_s, QJsonObject{{u"amount"_s, 300}, {u"currency"_s, u"EUR"_s}}}})
                              << u"its amount is not a positive amount in USD"_s;
}

void TestSquareLoyaltyMapping::tiersTheKioskCannotShowAreLeftOut()
{
    QFETCH(QJsonObject, pricingRule);
    QFETCH(QJsonArray, related);
    QFETCH(QString, why);
    QString actual;
    QVERIFY(!map(pricingRule, related, &actual));
    QCOMPARE(actual, why);
}

void TestSquareLoyaltyMapping::allProductsSetIsTheWholeOrder()
{
    QJsonArray related = discount({{u"discount_type"_s, u"FIXED_PERCENTAGE"_s}, {u"percentage"_s, u"10"_s}});
    related.append(QJsonObject{{u"type"_s, u"PRODUCT_SET"_s}, {u"id"_s, u"SET"_s},
                               {u"product_set_data"_s, QJsonObject{{u"all_products"_s, true}}}});
    QString why;
    QVERIFY2(map(rule({{u"match_products_id"_s, u"SET"_s}}), related, &why), qPrintable(why));
}

void TestSquareLoyaltyMapping::memberRewardsAndNextReward()
{
    LoyaltyReward cheap;
    cheap.id = u"a"_s;
    cheap.pointsCost = 50;
    LoyaltyReward dear = cheap;
    dear.id = u"b"_s;
    dear.pointsCost = 100;
    LoyaltyReward dearest = cheap;
    dearest.id = u"c"_s;
    dearest.pointsCost = 200;
    const QJsonObject account{{u"id"_s, u"acct"_s}, {u"balance"_s, 100}};
    const QJsonObject customer{{u"given_name"_s, u" Ada "_s}, {u"family_name"_s, u"lovelace"_s}};
    const LoyaltyMember member = memberFromAccount(account, customer, {dearest, dear, cheap});
    QCOMPARE(member.id, u"acct"_s);
    QCOMPARE(member.points, 100);
    QCOMPARE(member.firstName, u"Ada"_s);
    QCOMPARE(member.lastNameInitial, u"L"_s);
    QCOMPARE(member.rewards, (QList<LoyaltyReward>{cheap, dear}));
    QCOMPARE(member.nextReward, std::optional<LoyaltyReward>(dearest));
    QCOMPARE(member.tier, QString());
}

QTEST_GUILESS_MAIN(TestSquareLoyaltyMapping)
#include "tst_squareloyaltymapping.moc"
