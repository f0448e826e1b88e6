// Contract v1's loyalty over HTTP against the real refpos and its seeded members: lookups by
// every identifier (POST .../search, and the GET older kiosks use), points earned once per
// order, rewards redeemed or refused on an accepted order (an adjustment, never a 409).
#include "contract/membersearch.h"
#include "contract/membersresponse.h"
#include "contract/responses.h"
#include "refposapifixture.h"
#include "support/contractsamples.h"

#include <QTest>
#include <QUrlQuery>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestRefposLoyalty : public RefposApiTestCase
{
    Q_OBJECT

    QList<LoyaltyMember> lookUp(const QString &key, const QString &value)
    {
        QUrl where = url(u"/v1/loyalty/members"_s);
        where.setQuery(QUrlQuery{{key, QString::fromLatin1(QUrl::toPercentEncoding(value))}});
        const HttpResult reply = m_http.get(where);
        if (reply.status != 200)
            return {};
        QString error;
        return parseMembersResponse(reply.body, &error).value_or(QList<LoyaltyMember>());
    }

    HttpResult search(const QByteArray &body, HttpClient &client)
    {
        return client.post(url(u"/v1/loyalty/members/search"_s), body, {{"Content-Type", "application/json"}});
    }

    HttpResult search(const QByteArray &body) { return search(body, m_http); }

    void setPoints(const QString &memberId, int points)
    {
        const HttpResult reply = m_http.put(url(u"/admin/loyalty/members/%1/points"_s.arg(memberId)),
                                            compact(QJsonObject{{u"points"_s, points}}));
        QCOMPARE(reply.status, 200);
    }

    // The sample order ($23.47) for `memberId`, with `discount` off and those rewards claimed.
    QJsonObject memberOrder(const QString &memberId, Cents discount, const QStringList &rewards)
    {
        Order order = sampleOrder();
        order.totals = computeTotals(order.totals.subtotal, discount, 825);
        order.loyalty = LoyaltyClaim{memberId, rewards};
        return order.toContractJson();
    }

private slots:
    void membersByEveryIdentifier()
    {
        const QList<LoyaltyMember> maria = lookUp(u"phone"_s, u"+12065550142"_s);
        QCOMPARE(maria.size(), 1);
        QCOMPARE(maria[0].firstName, u"Maria"_s);
        QCOMPARE(maria[0].lastNameInitial, u"G"_s);
        QCOMPARE(maria[0].tier, u"Gold"_s);
        QVERIFY(maria[0].birthdayToday);
        QVERIFY(maria[0].nextTier.has_value());
        QStringList rewardIds;
        for (const LoyaltyReward &reward : maria[0].rewards)
            rewardIds.append(reward.id);
        QVERIFY2(rewardIds.contains(u"birthday_sundae"_s), qPrintable(rewardIds.join(u',')));
        QVERIFY(rewardIds.contains(u"ten_percent_off"_s));
        QVERIFY(!maria[0].nextReward); // 3,200 points afford every reward

        const QList<LoyaltyMember> household = lookUp(u"phone"_s, u"+12065550177"_s);
        QCOMPARE(household.size(), 2);
        QCOMPARE(household[0].firstName, u"Sam"_s);
        QCOMPARE(household[1].firstName, u"Sara"_s);
        // Sam's 420 points afford $2 off (250) and the fries (300); 10% off (500) is next.
        QVERIFY(household[0].nextReward);
        QCOMPARE(household[0].nextReward->id, u"ten_percent_off"_s);
        QCOMPARE(household[0].nextReward->pointsCost, 500);
        QCOMPARE(household[0].nextReward->name.text(u"es"_s), u"10% de descuento"_s);

        const QList<LoyaltyMember> noah = lookUp(u"member"_s, u"10040088"_s);
        QCOMPARE(noah.size(), 1);
        QCOMPARE(noah[0].firstName, u"Noah"_s);
        QVERIFY(noah[0].rewards.isEmpty());
        // 40 points: the cheapest reward, $2 off for 250, is what Noah saves towards.
        QVERIFY(noah[0].nextReward);
        QCOMPARE(noah[0].nextReward->id, u"two_dollars_off"_s);
        QCOMPARE(noah[0].nextReward->amountCents, 200);

        const QList<LoyaltyMember> byCard = lookUp(u"code"_s, u"HSK-CARD-2M8K4D"_s);
        QCOMPARE(byCard.size(), 1);
        QCOMPARE(byCard[0].id, u"mbr-1002"_s);
    }

    void membersNoMatchAndBadQueries()
    {
        QUrl where = url(u"/v1/loyalty/members"_s);
        where.setQuery(u"phone=%2B15550000000"_s);
        HttpResult reply = m_http.get(where);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"members"_s).toArray().size(), 0);

        where.setQuery(QString());
        reply = m_http.get(where);
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"query: give one of phone, member, code"_s);

        where.setQuery(u"phone=%2B12065550142&member=10010042"_s);
        reply = m_http.get(where);
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"query: give exactly one of phone, member, code"_s);
    }

    // POST .../search answers byte for byte what the GET answers for the same identifier.
    void searchAnswersLikeTheQuery_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("members");
        QTest::newRow("phone") << u"phone"_s << u"+12065550142"_s << 1;
        QTest::newRow("household phone") << u"phone"_s << u"+12065550177"_s << 2;
        QTest::newRow("nobody") << u"phone"_s << u"+15550000000"_s << 0;
        QTest::newRow("member") << u"member"_s << u"10040088"_s << 1;
        QTest::newRow("code") << u"code"_s << u"HSK-CARD-2M8K4D"_s << 1;
    }

    void searchAnswersLikeTheQuery()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, members);
        QUrl where = url(u"/v1/loyalty/members"_s);
        where.setQuery(QUrlQuery{{key, QString::fromLatin1(QUrl::toPercentEncoding(value))}});
        const HttpResult get = m_http.get(where);
        const HttpResult post = search(compact(MemberSearch{key, value}.toContractJson()));
        QCOMPARE(get.status, 200);
        QCOMPARE(post.status, 200);
        QCOMPARE(post.body, get.body);
        QCOMPARE(post.header("content-type"), get.header("content-type"));
        QCOMPARE(post.json().value(u"members"_s).toArray().size(), members);
    }

    // 422 with the contract's {"error": ...}, as for every other broken body; the message never
    // quotes the identifier.
    void searchRejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QString none = u"body: give one of phone, member, code"_s;
        QTest::newRow("empty object") << QByteArray("{}") << none;
        QTest::newRow("other field only") << QByteArray(R"({"name": "Maria"})") << none;
        QTest::newRow("two keys") << QByteArray(R"({"phone": "+12065550142", "member": "10010042"})")
                                  << u"body: give exactly one of phone, member, code"_s;
        QTest::newRow("phone as a number") << QByteArray(R"({"phone": 12065550142})") << u"phone: expected a string"_s;
        QTest::newRow("null member") << QByteArray(R"({"member": null})") << u"member: expected a string"_s;
        QTest::newRow("empty member") << QByteArray(R"({"member": ""})") << u"member: must be 1 to 64 characters"_s;
        QTest::newRow("blank code") << QByteArray(R"({"code": "   "})") << u"code: must be 1 to 64 characters"_s;
        QTest::newRow("long code") << (R"({"code": ")" + QByteArray(65, 'A') + R"("})")
                                   << u"code: must be 1 to 64 characters"_s;
        QTest::newRow("array") << QByteArray(R"(["+12065550142"])") << u"body: expected a JSON object"_s;
        QTest::newRow("not JSON") << QByteArray("phone=+12065550142") << u"body: invalid JSON"_s;
        QTest::newRow("no body") << QByteArray() << u"body: invalid JSON"_s;
    }

    void searchRejectsBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const HttpResult reply = search(body);
        QCOMPARE(reply.status, 422);
        QVERIFY2(parseErrorBody(reply.body).value_or(QString()).startsWith(error), reply.body.constData());
        QVERIFY2(!reply.body.contains("2065550142"), reply.body.constData());
    }

    // The same token as every /v1/ request, and POST only.
    void searchNeedsTheTokenAndAPost()
    {
        const QByteArray maria = R"({"phone": "+12065550142"})";
        HttpClient anonymous;
        HttpResult reply = search(maria, anonymous);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.body.contains("Maria"));
        anonymous.setToken("not-the-token");
        QCOMPARE(search(maria, anonymous).status, 401);

        reply = m_http.get(url(u"/v1/loyalty/members/search"_s));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("allow"), QByteArray("POST"));
        QCOMPARE(search(maria).status, 200);
    }

    void loyaltyEarnsPoints()
    {
        setPoints(u"mbr-1002"_s, 420);
        const QJsonObject order = memberOrder(u"mbr-1002"_s, 0, {});
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 201);
        // Sam is Silver (x1), no birthday: 10 points per dollar of $23.47.
        QCOMPARE(parseOrderAccepted(reply.body, nullptr)->pointsEarned, 234);
        QCOMPARE(lookUp(u"member"_s, u"10020077"_s).value(0).points, 420 + 234);
        // A replay earns nothing twice.
        QCOMPARE(m_http.postJson(url(u"/v1/orders"_s), order, idOf(order)).status, 200);
        QCOMPARE(lookUp(u"member"_s, u"10020077"_s).value(0).points, 420 + 234);
    }

    void redemptionDeductsPointsOrIsAnAdjustment()
    {
        setPoints(u"mbr-1003"_s, 300);
        const QJsonObject order = memberOrder(u"mbr-1003"_s, 200, {u"two_dollars_off"_s});
        HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 201);
        // ($23.47 - $2.00) x 10 = 214 points earned, 250 spent.
        QCOMPARE(parseOrderAccepted(reply.body, nullptr)->pointsEarned, 214);
        QCOMPARE(lookUp(u"member"_s, u"10030077"_s).value(0).points, 300 - 250 + 214);

        // Not enough points left: the order is accepted all the same (the customer holds a
        // number and got the discount), the reward refused as an adjustment, nothing deducted.
        setPoints(u"mbr-1003"_s, 100);
        const QJsonObject refused = memberOrder(u"mbr-1003"_s, 200, {u"two_dollars_off"_s});
        reply = m_http.postJson(url(u"/v1/orders"_s), refused, idOf(refused));
        QCOMPARE(reply.status, 201);
        QString error;
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(reply.body, &error);
        QVERIFY2(accepted, qPrintable(error));
        QCOMPARE(accepted->pointsEarned, 214);
        const QList<AcceptedAdjustment> expected{
            {u"reward"_s, u"two_dollars_off"_s, u"refused"_s, u"costs 250 points, the member has 100 left"_s}};
        QCOMPARE(accepted->adjustments, expected);
        QVERIFY(orderStored(idOf(refused)));
        QCOMPARE(lookUp(u"member"_s, u"10030077"_s).value(0).points, 100 + 214);
        // A replay answers the same, adjustments included, and settles nothing twice.
        const HttpResult replay = m_http.postJson(url(u"/v1/orders"_s), refused, idOf(refused));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, reply.body);
        QCOMPARE(lookUp(u"member"_s, u"10030077"_s).value(0).points, 100 + 214);

        const QJsonObject stranger = memberOrder(u"mbr-9999"_s, 200, {u"two_dollars_off"_s});
        reply = m_http.postJson(url(u"/v1/orders"_s), stranger, idOf(stranger));
        QCOMPARE(reply.status, 201);
        QCOMPARE(parseOrderAccepted(reply.body, nullptr)->pointsEarned, 0);
        QCOMPARE(parseOrderAccepted(reply.body, nullptr)->adjustments,
                 (QList<AcceptedAdjustment>{{u"reward"_s, u"two_dollars_off"_s, u"refused"_s, u"no member …99"_s}}));
    }

    void rewardsAreHonouredInOrderUntilThePointsRunOut()
    {
        // 300 points: $2 off (250) is honoured, 10% off (500) then no longer covered.
        setPoints(u"mbr-1003"_s, 300);
        const QJsonObject order = memberOrder(u"mbr-1003"_s, 400, {u"two_dollars_off"_s, u"ten_percent_off"_s});
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 201);
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(reply.body, nullptr);
        QVERIFY(accepted);
        QCOMPARE(accepted->adjustments.size(), 1);
        QCOMPARE(accepted->adjustments.at(0).id, u"ten_percent_off"_s);
        QCOMPARE(accepted->adjustments.at(0).reason, u"costs 500 points, the member has 50 left"_s);
        QCOMPARE(lookUp(u"member"_s, u"10030077"_s).value(0).points, 300 - 250 + accepted->pointsEarned);
    }
};

QTEST_GUILESS_MAIN(TestRefposLoyalty)
#include "tst_refposloyalty.moc"
