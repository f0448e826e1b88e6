// Joining the rewards program at the kiosk against the real refpos (docs/backend-api.md, "POST
// /v1/loyalty/members"): the new member and their welcome gift, idempotency on the member id,
// every broken field, the new member found and earning points, the gift used once.
#include "contract/enrolmentrequest.h"
#include "contract/membersearch.h"
#include "contract/membersresponse.h"
#include "contract/responses.h"
#include "refposapifixture.h"
#include "refposdatabase.h"
#include "support/contractsamples.h"

#include <QRegularExpression>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Welcome = u"welcome_fresh_lemonade"_s;

LoyaltyEnrolment enrolment(const QString &phone, const QString &firstName = u"Ana"_s)
{
    return LoyaltyEnrolment{QUuid::createUuid(), phone, firstName, u"K1"_s,
                            QDateTime(QDate(2026, 12, 7), QTime(18, 2, 11), Qt::UTC), u"2026-12"_s};
}

QString idOf(const LoyaltyEnrolment &enrolment)
{
    return enrolment.memberId.toString(QUuid::WithoutBraces);
}

QStringList rewardIds(const LoyaltyMember &member)
{
    QStringList ids;
    for (const LoyaltyReward &reward : member.rewards)
        ids.append(reward.id);
    return ids;
}

} // namespace

class TestRefposJoin : public RefposApiTestCase
{
    Q_OBJECT

    QStringList extraArguments() const override
    {
        return {u"--welcome-reward-item"_s, u"fresh_lemonade"_s};
    }

    HttpResult join(const QByteArray &body, const QString &key)
    {
        HttpClient::Headers headers{{"Content-Type", "application/json"}};
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key.toUtf8()});
        return m_http.post(url(u"/v1/loyalty/members"_s), body, headers);
    }

    HttpResult join(const LoyaltyEnrolment &enrolment)
    {
        return join(compact(enrolment.toContractJson()), idOf(enrolment));
    }

    // The member as refpos knows them now, found by phone.
    std::optional<LoyaltyMember> found(const QString &phone, const QString &id)
    {
        const HttpResult reply = m_http.post(url(u"/v1/loyalty/members/search"_s),
                                             compact(MemberSearch{u"phone"_s, phone}.toContractJson()),
                                             {{"Content-Type", "application/json"}});
        const auto members = parseMembersResponse(reply.body, nullptr);
        if (!members)
            return std::nullopt;
        for (const LoyaltyMember &member : *members) {
            if (member.id == id)
                return member;
        }
        return std::nullopt;
    }

    // The sample order ($23.47) for `memberId` redeeming `rewards` ($2.50 off for them).
    QJsonObject memberOrder(const QString &memberId, const QStringList &rewards)
    {
        Order order = sampleOrder();
        order.totals = computeTotals(order.totals.subtotal, rewards.isEmpty() ? 0 : 250, 825);
        order.loyalty = LoyaltyClaim{memberId, rewards};
        return order.toContractJson();
    }

    std::optional<OrderAccepted> postOrder(const QJsonObject &order)
    {
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, kiosk::test::idOf(order));
        if (reply.status != 201)
            return std::nullopt;
        return parseOrderAccepted(reply.body, nullptr);
    }

    LoyaltyMember joined(const LoyaltyEnrolment &enrolment)
    {
        const HttpResult reply = join(enrolment);
        if (reply.status != 201)
            return {};
        return parseMemberResponse(reply.body, nullptr).value_or(LoyaltyMember());
    }

private slots:
    void createsTheMemberWithTheWelcomeGift()
    {
        const LoyaltyEnrolment ana = enrolment(u"+12065550101"_s);
        const HttpResult created = join(ana);
        QCOMPARE(created.status, 201);
        QString error;
        const std::optional<LoyaltyMember> member = parseMemberResponse(created.body, &error);
        QVERIFY2(member, qPrintable(error));
        QCOMPARE(member->id, idOf(ana));
        QCOMPARE(member->firstName, u"Ana"_s);
        QCOMPARE(member->lastNameInitial, QString());
        QCOMPARE(member->points, 0);
        QCOMPARE(member->tier, u"Silver"_s); // refpos's lowest tier
        QVERIFY(member->nextTier);
        QCOMPARE(member->rewards.size(), 1);
        const LoyaltyReward &gift = member->rewards.at(0);
        QCOMPARE(gift.id, Welcome);
        QCOMPARE(gift.kind, LoyaltyReward::Kind::FreeItem);
        QCOMPARE(gift.itemId, u"fresh_lemonade"_s);
        QCOMPARE(gift.pointsCost, 0);
        QCOMPARE(gift.name.text(u"en"_s), u"Welcome gift: Fresh-Squeezed Lemonade"_s);
        QCOMPARE(gift.name.text(u"es"_s), u"Regalo de bienvenida: Limonada recién exprimida"_s);

        // The same key and body: the same answer, byte for byte, and still one member.
        const HttpResult replay = join(ana);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, created.body);

        LoyaltyEnrolment changed = ana;
        changed.firstName = u"Anna"_s;
        const HttpResult conflict = join(changed);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json().value(u"code"_s).toString(), u"idempotency_conflict"_s);
        QVERIFY(!conflict.body.contains(idOf(ana).toUtf8())); // a member id stays out of logs
        QCOMPARE(found(ana.phone, idOf(ana))->firstName, u"Ana"_s);
    }

    // refpos numbers the member and prints them a card: both find them, as the seeded members'.
    void assignsANumberAndACardCode()
    {
        const LoyaltyEnrolment fay = enrolment(u"+12065550110"_s, u"Fay"_s);
        QCOMPARE(joined(fay).id, idOf(fay));
        const QStringList record = memberRecord(m_refpos->databasePath(), idOf(fay));
        QCOMPARE(record.size(), 3);
        QVERIFY2(QRegularExpression(u"^[0-9]{8}$"_s).match(record.at(0)).hasMatch(), qPrintable(record.at(0)));
        QVERIFY2(QRegularExpression(u"^HSK-CARD-[A-Z0-9]{6}$"_s).match(record.at(1)).hasMatch(),
                 qPrintable(record.at(1)));
        QCOMPARE(record.at(2), fay.termsVersion);
        for (const auto &[key, value] : {std::pair{u"member"_s, record.at(0)}, std::pair{u"code"_s, record.at(1)}}) {
            const auto members = parseMembersResponse(
                m_http.post(url(u"/v1/loyalty/members/search"_s), compact(MemberSearch{key, value}.toContractJson()),
                            {{"Content-Type", "application/json"}}).body, nullptr);
            QVERIFY(members);
            QCOMPARE(members->size(), 1);
            QCOMPARE(members->at(0).id, idOf(fay));
        }
        // Another member gets another number and card.
        const LoyaltyEnrolment gus = enrolment(u"+12065550110"_s, u"Gus"_s);
        QCOMPARE(joined(gus).id, idOf(gus));
        const QStringList other = memberRecord(m_refpos->databasePath(), idOf(gus));
        QCOMPARE(other.size(), 3);
        QVERIFY(other.at(0) != record.at(0));
        QVERIFY(other.at(1) != record.at(1));
    }

    void joinsWithoutAName()
    {
        const LoyaltyEnrolment nameless = enrolment(u"+12065550102"_s, QString());
        const LoyaltyMember member = joined(nameless);
        QCOMPARE(member.id, idOf(nameless));
        QCOMPARE(member.firstName, QString());
    }

    void refusesBrokenBodies_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: left out
        QTest::addColumn<QString>("expected");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("id missing") << u"id"_s << none << u"id: missing"_s;
        QTest::newRow("id not a uuid") << u"id"_s << QJsonValue(u"mbr-1"_s)
                                       << u"id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21"_s;
        QTest::newRow("id another") << u"id"_s << QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                    << u"id: must equal the Idempotency-Key"_s;
        QTest::newRow("phone missing") << u"phone"_s << none << u"phone: missing"_s;
        QTest::newRow("phone not E.164") << u"phone"_s << QJsonValue(u"2065550103"_s)
                                         << u"phone: expected an E.164 phone number such as +12065550142"_s;
        QTest::newRow("first_name too long") << u"first_name"_s << QJsonValue(QString(41, u'x'))
                                             << u"first_name: must be at most 40 characters"_s;
        QTest::newRow("kiosk_id missing") << u"kiosk_id"_s << none << u"kiosk_id: missing"_s;
        QTest::newRow("created_at not UTC") << u"created_at"_s << QJsonValue(u"yesterday"_s)
            << u"created_at: expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"yesterday\""_s;
        QTest::newRow("terms_version missing") << u"terms_version"_s << none << u"terms_version: missing"_s;
    }

    void refusesBrokenBodies()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const LoyaltyEnrolment valid = enrolment(u"+12065550103"_s);
        QJsonObject body = valid.toContractJson();
        body[key] = value;
        const HttpResult reply = join(compact(body), idOf(valid));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"code"_s).toString(), u"validation"_s);
        QCOMPARE(parseErrorBody(reply.body), expected);
        QVERIFY(!reply.body.contains("2065550103"));
        QVERIFY(!found(u"+12065550103"_s, idOf(valid)));
    }

    void refusesWithoutAKeyOrAnObject()
    {
        const LoyaltyEnrolment valid = enrolment(u"+12065550104"_s);
        HttpResult reply = join(compact(valid.toContractJson()), QString());
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"Idempotency-Key: missing"_s);
        reply = join("[]", idOf(valid));
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"body: expected a JSON object"_s);
    }

    void otherMethodsAreNotAllowed()
    {
        const HttpResult reply = m_http.send("PUT", url(u"/v1/loyalty/members"_s), "{}", {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("allow"), QByteArray("GET, POST"));
    }

    void needsTheToken()
    {
        HttpClient stranger;
        const LoyaltyEnrolment valid = enrolment(u"+12065550105"_s);
        const HttpResult reply = stranger.post(url(u"/v1/loyalty/members"_s), compact(valid.toContractJson()),
                                               {{"Idempotency-Key", idOf(valid).toUtf8()}});
        QCOMPARE(reply.status, 401);
        QVERIFY(!found(valid.phone, idOf(valid)));
    }

    // A household shares a phone: joining with Sam and Sara's adds a third member.
    void joinsAHouseholdAndIsFoundBySearch()
    {
        const LoyaltyEnrolment kim = enrolment(u"+12065550177"_s, u"Kim"_s);
        QCOMPARE(joined(kim).id, idOf(kim));
        const auto members = parseMembersResponse(
            m_http.post(url(u"/v1/loyalty/members/search"_s), R"({"phone": "+12065550177"})",
                        {{"Content-Type", "application/json"}}).body, nullptr);
        QVERIFY(members);
        QCOMPARE(members->size(), 3);
        const std::optional<LoyaltyMember> kimFound = found(kim.phone, idOf(kim));
        QVERIFY(kimFound);
        QVERIFY(rewardIds(*kimFound).contains(Welcome));
        // The GET older kiosks send finds them too.
        QUrl where = url(u"/v1/loyalty/members"_s);
        where.setQuery(u"phone=%2B12065550177"_s);
        const auto byQuery = parseMembersResponse(m_http.get(where).body, nullptr);
        QVERIFY(byQuery);
        QCOMPARE(*byQuery, *members);
    }

    void theNewMemberEarnsPoints()
    {
        const LoyaltyEnrolment bo = enrolment(u"+12065550106"_s, u"Bo"_s);
        QCOMPARE(joined(bo).points, 0);
        const std::optional<OrderAccepted> accepted = postOrder(memberOrder(idOf(bo), {}));
        QVERIFY(accepted);
        QVERIFY(accepted->pointsEarned > 0);
        QVERIFY(accepted->adjustments.isEmpty());
        QCOMPARE(found(bo.phone, idOf(bo))->points, accepted->pointsEarned);
    }

    void theWelcomeGiftIsHonouredOnce()
    {
        const LoyaltyEnrolment cy = enrolment(u"+12065550107"_s, u"Cy"_s);
        QVERIFY(rewardIds(joined(cy)).contains(Welcome));
        const std::optional<OrderAccepted> first = postOrder(memberOrder(idOf(cy), {Welcome}));
        QVERIFY(first);
        QVERIFY(first->adjustments.isEmpty());
        QVERIFY(!rewardIds(*found(cy.phone, idOf(cy))).contains(Welcome));

        const std::optional<OrderAccepted> second = postOrder(memberOrder(idOf(cy), {Welcome}));
        QVERIFY(second);
        const QList<AcceptedAdjustment> expected{{u"reward"_s, Welcome, u"refused"_s, u"already used"_s}};
        QCOMPARE(second->adjustments, expected);
        QVERIFY(second->pointsEarned > 0); // the order is accepted all the same

        // Another member's gift is not this one's to use.
        const LoyaltyEnrolment di = enrolment(u"+12065550108"_s, u"Di"_s);
        QVERIFY(rewardIds(joined(di)).contains(Welcome));
        const std::optional<OrderAccepted> maria = postOrder(memberOrder(u"mbr-1001"_s, {Welcome}));
        QVERIFY(maria);
        QCOMPARE(maria->adjustments.value(0).reason, u"no such reward"_s);
        QVERIFY(rewardIds(*found(di.phone, idOf(di))).contains(Welcome));
    }

    void aCancelledHeldOrderGivesTheGiftBack()
    {
        const LoyaltyEnrolment ed = enrolment(u"+12065550109"_s, u"Ed"_s);
        QVERIFY(rewardIds(joined(ed)).contains(Welcome));
        QJsonObject order = memberOrder(idOf(ed), {Welcome});
        order.insert(u"payment"_s, QJsonObject{{u"method"_s, u"card"_s}});
        const std::optional<OrderAccepted> held = postOrder(order);
        QVERIFY(held);
        QCOMPARE(held->status, u"awaiting_payment"_s);
        QVERIFY(!rewardIds(*found(ed.phone, idOf(ed))).contains(Welcome));

        const HttpResult canceled = m_http.post(url(u"/v1/orders/%1/cancel"_s.arg(kiosk::test::idOf(order))),
                                                "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(canceled.status, 200);
        const LoyaltyMember after = *found(ed.phone, idOf(ed));
        QVERIFY(rewardIds(after).contains(Welcome));
        QCOMPARE(after.points, 0);
    }

    void refusesToStartWithAnUnknownWelcomeItem()
    {
        QTemporaryDir dir;
        RefposProcess refpos(dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY(!refpos.start({u"--menu"_s, sampleMenuFile(), u"--welcome-reward-item"_s, u"caviar"_s}, &error));
        QVERIFY2(error.contains(u"--welcome-reward-item: \"caviar\" is not an item of the --menu"_s)
                     || refpos.standardError().contains("--welcome-reward-item: \"caviar\" is not an item of the --menu"),
                 qPrintable(error));

        RefposProcess menuless(dir.filePath(u"menuless.db"_s));
        QVERIFY(!menuless.start({u"--welcome-reward-item"_s, u"fresh_lemonade"_s}, &error));
    }
};

QTEST_GUILESS_MAIN(TestRefposJoin)
#include "tst_refposjoin.moc"
