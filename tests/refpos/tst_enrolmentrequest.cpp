// The enrolment body (POST /v1/loyalty/members) both ways, and the 201's one-member body.
#include "contract/enrolmentrequest.h"
#include "contract/membersresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

LoyaltyEnrolment ana()
{
    return LoyaltyEnrolment{QUuid(u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s), u"+12065550199"_s,
                            u"Ana"_s, u"K1"_s,
                            QDateTime(QDate(2026, 12, 7), QTime(18, 2, 11), Qt::UTC),
                            u"2026-12"_s};
}

QByteArray bytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEnrolmentRequest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const QJsonObject json = ana().toContractJson();
        QCOMPARE(json.value(u"id"_s).toString(), u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s);
        QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-12-07T18:02:11Z"_s);
        QString error;
        const auto parsed = enrolmentFromContractJson(bytes(json), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, ana());
    }

    void leavesOutAnEmptyFirstName()
    {
        LoyaltyEnrolment anonymous = ana();
        anonymous.firstName.clear();
        const QJsonObject json = anonymous.toContractJson();
        QVERIFY(!json.contains(u"first_name"_s));
        QString error;
        const auto parsed = enrolmentFromContractJson(bytes(json), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, anonymous);
    }

    // E.164 at its bounds: 8 and 15 digits after the "+".
    void takesPhonesOfEightToFifteenDigits()
    {
        for (const QString &phone : {u"+12345678"_s, u"+123456789012345"_s, u"+442071838750"_s}) {
            LoyaltyEnrolment enrolment = ana();
            enrolment.phone = phone;
            QString error;
            const auto parsed = enrolmentFromContractJson(bytes(enrolment.toContractJson()), &error);
            QVERIFY2(parsed, qPrintable(phone + u": "_s + error));
            QCOMPARE(parsed->phone, phone);
        }
    }

    void refusesEachBrokenField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: the key is left out
        QTest::addColumn<QString>("expected");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("id missing") << u"id"_s << none << u"id: missing"_s;
        QTest::newRow("id number") << u"id"_s << QJsonValue(7) << u"id: expected a string, got the number 7"_s;
        QTest::newRow("id not uuid") << u"id"_s << QJsonValue(u"member-1"_s)
                                     << u"id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21"_s;
        QTest::newRow("id braces") << u"id"_s << QJsonValue(u"{6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f}"_s)
                                   << u"id: expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21"_s;
        const QString phoneError = u"phone: expected an E.164 phone number such as +12065550142"_s;
        QTest::newRow("phone missing") << u"phone"_s << none << u"phone: missing"_s;
        QTest::newRow("phone null") << u"phone"_s << QJsonValue(QJsonValue::Null) << u"phone: expected a string, got null"_s;
        QTest::newRow("phone no plus") << u"phone"_s << QJsonValue(u"12065550199"_s) << phoneError;
        QTest::newRow("phone leading 0") << u"phone"_s << QJsonValue(u"+02065550199"_s) << phoneError;
        QTest::newRow("phone 7 digits") << u"phone"_s << QJsonValue(u"+1206555"_s) << phoneError;
        QTest::newRow("phone 16 digits") << u"phone"_s << QJsonValue(u"+1206555019912345"_s) << phoneError;
        QTest::newRow("phone spaces") << u"phone"_s << QJsonValue(u"+1 206 555 0199"_s) << phoneError;
        QTest::newRow("first_name number") << u"first_name"_s << QJsonValue(3) << u"first_name: expected a string, got the number 3"_s;
        QTest::newRow("first_name blank") << u"first_name"_s << QJsonValue(u"  "_s)
                                          << u"first_name: must not be empty (leave it out instead)"_s;
        QTest::newRow("first_name long") << u"first_name"_s << QJsonValue(QString(41, u'a'))
                                         << u"first_name: must be at most 40 characters"_s;
        QTest::newRow("kiosk_id missing") << u"kiosk_id"_s << none << u"kiosk_id: missing"_s;
        QTest::newRow("kiosk_id empty") << u"kiosk_id"_s << QJsonValue(u""_s) << u"kiosk_id: must not be empty"_s;
        QTest::newRow("created_at missing") << u"created_at"_s << none << u"created_at: missing"_s;
        QTest::newRow("created_at offset") << u"created_at"_s << QJsonValue(u"2026-12-07T18:02:11+01:00"_s)
            << u"created_at: expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"2026-12-07T18:02:11+01:00\""_s;
        QTest::newRow("terms_version missing") << u"terms_version"_s << none << u"terms_version: missing"_s;
        QTest::newRow("terms_version bool") << u"terms_version"_s << QJsonValue(true)
                                            << u"terms_version: expected a string, got true"_s;
    }

    void refusesEachBrokenField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = ana().toContractJson();
        json[key] = value; // Undefined removes the key
        QString error;
        QVERIFY(!enrolmentFromContractJson(bytes(json), &error));
        QCOMPARE(error, expected);
        // The customer's identifiers never reach an error (they end up in logs).
        QVERIFY(!error.contains(u"2065550199"_s));
    }

    void refusesABodyThatIsNoObject()
    {
        QString error;
        QVERIFY(!enrolmentFromContractJson("[1]", &error));
        QCOMPARE(error, u"body: expected a JSON object"_s);
        QVERIFY(!enrolmentFromContractJson("{\"id\":", nullptr));
    }

    void parsesOneMember()
    {
        LoyaltyMember member;
        member.id = u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s;
        member.firstName = u"Ana"_s;
        member.tier = u"Silver"_s;
        member.nextTier = LoyaltyNextTier{u"Gold"_s, 500};
        LoyaltyReward gift;
        gift.id = u"welcome_fresh_lemonade"_s;
        gift.name.byLanguage = {{u"en"_s, u"Welcome gift: Fresh Lemonade"_s},
                                {u"es"_s, u"Regalo de bienvenida: Limonada"_s}};
        gift.kind = LoyaltyReward::Kind::FreeItem;
        gift.itemId = u"fresh_lemonade"_s;
        member.rewards = {gift};
        const QJsonObject json = loyaltyMemberJson(member);
        QString error;
        const auto parsed = parseMemberResponse(bytes(json), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, member);

        // The same strict reader as the search's: paths start at the body.
        QJsonObject broken = json;
        QJsonObject reward = broken[u"rewards"_s].toArray()[0].toObject();
        reward.remove(u"item_id"_s);
        broken[u"rewards"_s] = QJsonArray{reward};
        QVERIFY(!parseMemberResponse(bytes(broken), &error));
        QCOMPARE(error, u"rewards[0].item_id: missing"_s);
        broken = json;
        broken.remove(u"points"_s);
        QVERIFY(!parseMemberResponse(bytes(broken), &error));
        QCOMPARE(error, u"points: missing"_s);
        QVERIFY(!parseMemberResponse(bytes(membersResponseJson({member})), &error));
        QCOMPARE(error, u"id: missing"_s);
        QVERIFY(!parseMemberResponse("nope", &error));
        QVERIFY(error.startsWith(u"body: invalid JSON"_s));
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentRequest)
#include "tst_enrolmentrequest.moc"
