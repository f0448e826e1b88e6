// SquareLoyalty and probeSquareHealth against squaresim (api.json validation on): members by
// phone with their names and rewards, what Square cannot look up, and Square down or refusing.
#include "adapterrig.h"

#include "square/squareclient.h"
#include "square/squarehealth.h"
#include "square/squareloyalty.h"
#include "support/freeport.h"
#include "sync/backendclientoptions.h"
#include "sync/curlglobal.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

constexpr char AmeliaPhone[] = "+15555550101"; // 120 points, customer Amelia Earhart
constexpr char DiegoPhone[] = "+15555550102";  // 40 points, customer Diego Rivera
constexpr char NamelessPhone[] = "+15555550103"; // 0 points, no customer
constexpr char TwoDollarsOff[] = "a1b2c3d4-1111-4111-8111-000000000050"; // 50 points
constexpr char TenPercentOff[] = "a1b2c3d4-1111-4111-8111-000000000100"; // 100 points

QList<LoyaltyMember> found(const LookupOutcome &outcome)
{
    const auto *members = std::get_if<LookupOutcome::Found>(&outcome.result);
    return members ? members->members : QList<LoyaltyMember>();
}

QString unavailable(const LookupOutcome &outcome)
{
    const auto *failed = std::get_if<LookupOutcome::Unavailable>(&outcome.result);
    return failed ? failed->reason : QString();
}

QString down(const HealthOutcome &outcome)
{
    const auto *failed = std::get_if<HealthOutcome::Down>(&outcome.result);
    return failed ? failed->reason : QString();
}

} // namespace

class TestSquareLoyalty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memberFoundWithNameAndRewards();
    void memberSavingForTheNextReward();
    void accountWithoutCustomerHasNoName();
    void unknownPhoneIsNotFound();
    void otherLookupKindsAreRefused();
    void tierNamesTranslated();
    void faultsMakeLookupsUnavailable();
    void programIsKeptForMinutes();
    void missingTokenIsDownAndLookupsUnavailable();
    void healthUpWhileLocationActive();
    void unknownLocationIsDown();
    void inactiveLocationIsDown();
    void unreachableSquareIsDown();
    void revokedTokenIsDownAndLookupsUnavailable();
    void cleanup();

private:
    LookupOutcome lookup(const QString &phone) { return m_loyalty->lookupMember(LoyaltyLookupKind::Phone, phone); }

    AdapterRig m_rig;
    std::unique_ptr<SquareClient> m_client;       // health
    std::unique_ptr<SquareClient> m_lookupClient; // lookups, with the short timeout
    std::unique_ptr<SquareLoyalty> m_loyalty;
};

void TestSquareLoyalty::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start({}, &error), qPrintable(error));
    m_client = std::make_unique<SquareClient>(m_rig.settings(), backendClientOptions(m_rig.settings()), nullptr);
    m_lookupClient = std::make_unique<SquareClient>(m_rig.settings(), lookupClientOptions(m_rig.settings()), nullptr);
    m_loyalty = std::make_unique<SquareLoyalty>(*m_lookupClient, m_rig.settings());
}

void TestSquareLoyalty::cleanup()
{
    QCOMPARE(m_rig.square().violations(), QJsonArray());
}

void TestSquareLoyalty::memberFoundWithNameAndRewards()
{
    const LookupOutcome outcome = lookup(QString::fromLatin1(AmeliaPhone));
    const QList<LoyaltyMember> members = found(outcome);
    QCOMPARE(members.size(), 1);
    const LoyaltyMember &amelia = members.first();
    QCOMPARE(amelia.id, u"716cefbc-3d71-4d7c-bdc8-9c7f84c2d793"_s);
    QCOMPARE(amelia.points, 120);
    QCOMPARE(amelia.firstName, u"Amelia"_s);
    QCOMPARE(amelia.lastNameInitial, u"E"_s);
    QCOMPARE(amelia.tier, QString()); // Square has no member tiers
    QCOMPARE(amelia.rewards.size(), 2);
    const LoyaltyReward &amount = amelia.rewards.at(0);
    QCOMPARE(amount.id, QString::fromLatin1(TwoDollarsOff));
    QCOMPARE(amount.kind, LoyaltyReward::Kind::AmountOff);
    QCOMPARE(amount.amountCents, 200);
    QCOMPARE(amount.pointsCost, 50);
    QCOMPARE(amount.name.text(u"en"_s), u"$2 off your order"_s);
    const LoyaltyReward &percent = amelia.rewards.at(1);
    QCOMPARE(percent.id, QString::fromLatin1(TenPercentOff));
    QCOMPARE(percent.kind, LoyaltyReward::Kind::PercentOff);
    QCOMPARE(percent.percent, 10);
    QCOMPARE(percent.pointsCost, 100);
    QVERIFY(!amelia.nextReward);
    QCOMPARE(outcome.reach, Reach::Reached);
}

void TestSquareLoyalty::memberSavingForTheNextReward()
{
    const QList<LoyaltyMember> members = found(lookup(QString::fromLatin1(DiegoPhone)));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().firstName, u"Diego"_s);
    QCOMPARE(members.first().lastNameInitial, u"R"_s);
    QCOMPARE(members.first().points, 40);
    QVERIFY(members.first().rewards.isEmpty());
    QVERIFY(members.first().nextReward);
    QCOMPARE(members.first().nextReward->id, QString::fromLatin1(TwoDollarsOff));
}

void TestSquareLoyalty::accountWithoutCustomerHasNoName()
{
    const QList<LoyaltyMember> members = found(lookup(QString::fromLatin1(NamelessPhone)));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().firstName, QString());
    QCOMPARE(members.first().lastNameInitial, QString());
    QCOMPARE(members.first().points, 0);
    QCOMPARE(members.first().nextReward->id, QString::fromLatin1(TwoDollarsOff));
}

void TestSquareLoyalty::unknownPhoneIsNotFound()
{
    QVERIFY(std::holds_alternative<LookupOutcome::NotFound>(lookup(u"+15555550199"_s).result));
}

void TestSquareLoyalty::otherLookupKindsAreRefused()
{
    for (LoyaltyLookupKind kind : {LoyaltyLookupKind::MemberNumber, LoyaltyLookupKind::Code}) {
        const LookupOutcome outcome = m_loyalty->lookupMember(kind, u"12345"_s);
        const auto *refused = std::get_if<LookupOutcome::Refused>(&outcome.result);
        QVERIFY(refused);
        QCOMPARE(refused->reason, u"Square finds members by phone number only"_s);
    }
}

void TestSquareLoyalty::tierNamesTranslated()
{
    QVERIFY(m_rig.writeTranslations(
            u"{\"es\": {\"%1\": {\"name\": \"2 $ de descuento\"}}}"_s.arg(QString::fromLatin1(TwoDollarsOff)).toUtf8()));
    // A new adapter: the program is kept for minutes by the one that read it.
    SquareLoyalty loyalty(*m_lookupClient, m_rig.settings());
    const QList<LoyaltyMember> members = found(loyalty.lookupMember(LoyaltyLookupKind::Phone, QString::fromLatin1(AmeliaPhone)));
    QVERIFY(QFile::remove(m_rig.settings().squareTranslationsFile));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().rewards.at(0).name.text(u"es"_s), u"2 $ de descuento"_s);
    QCOMPARE(members.first().rewards.at(0).name.text(u"en"_s), u"$2 off your order"_s);
    // No translation: Square's name in every language.
    QCOMPARE(members.first().rewards.at(1).name.text(u"es"_s), u"10% off your order"_s);
}

void TestSquareLoyalty::faultsMakeLookupsUnavailable()
{
    for (const QJsonObject &fault : {QJsonObject{{u"error_rate"_s, 1}, {u"error_status"_s, 503}},
                                     QJsonObject{{u"rate_limit_rate"_s, 1}}}) {
        QCOMPARE(m_rig.square().admin("PUT", u"/sim/faults"_s, fault).status, 200);
        const QString reason = unavailable(lookup(QString::fromLatin1(AmeliaPhone)));
        QVERIFY2(reason.contains(u"HTTP 503"_s) || reason.contains(u"HTTP 429"_s), qPrintable(reason));
        QVERIFY(!reason.contains(u"5555550101"_s));
    }
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/faults"_s, QJsonObject{{u"error_rate"_s, 0}}).status, 200);
    QCOMPARE(found(lookup(QString::fromLatin1(AmeliaPhone))).size(), 1);
}

void TestSquareLoyalty::programIsKeptForMinutes()
{
    QCOMPARE(found(lookup(QString::fromLatin1(AmeliaPhone))).first().rewards.at(0).amountCents, 200);
    const QJsonObject threeDollars{{u"discount_data"_s, QJsonObject{{u"name"_s, u"$3 off your order"_s},
                                                                     {u"discount_type"_s, u"FIXED_AMOUNT"_s},
                                                                     {u"amount_money"_s, QJsonObject{{u"amount"_s, 300}, {u"currency"_s, u"USD"_s}}}}}};
    const QString discount = SquareCalls::catalogId(u"DISCOUNT"_s, u"$2 off your order"_s);
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/catalog/objects/"_s + discount, threeDollars).status, 200);
    // The adapter that read the program keeps it; one made now (as after ProgramTtlMs) reads it again.
    QCOMPARE(found(lookup(QString::fromLatin1(AmeliaPhone))).first().rewards.at(0).amountCents, 200);
    SquareLoyalty fresh(*m_lookupClient, m_rig.settings());
    const QList<LoyaltyMember> members = found(fresh.lookupMember(LoyaltyLookupKind::Phone, QString::fromLatin1(AmeliaPhone)));
    QCOMPARE(members.first().rewards.at(0).amountCents, 300);
}

void TestSquareLoyalty::missingTokenIsDownAndLookupsUnavailable()
{
    SyncSettings settings = m_rig.settings();
    settings.tokenFile = m_rig.path(u"no-such.token"_s);
    SquareClient client(settings, backendClientOptions(settings), nullptr);
    QCOMPARE(down(probeSquareHealth(client, settings)),
             u"no usable Square access token: put a valid personal access token in backend.token_file"_s);
    SquareLoyalty loyalty(client, settings);
    QCOMPARE(unavailable(loyalty.lookupMember(LoyaltyLookupKind::Phone, QString::fromLatin1(AmeliaPhone))),
             u"no usable Square access token"_s);
}

void TestSquareLoyalty::healthUpWhileLocationActive()
{
    const HealthOutcome outcome = probeSquareHealth(*m_client, m_rig.settings());
    QVERIFY2(outcome.isUp(), qPrintable(down(outcome)));
    QCOMPARE(outcome.reach, Reach::Reached);
    QCOMPARE(outcome.httpStatus, 200);
}

void TestSquareLoyalty::unknownLocationIsDown()
{
    SyncSettings settings = m_rig.settings();
    settings.square.locationId = u"LNOSUCHPLACE00"_s;
    const QString reason = down(probeSquareHealth(*m_client, settings));
    QCOMPARE(reason, u"Square has no location LNOSUCHPLACE00 for this access token: check backend.square.location_id"_s);
}

void TestSquareLoyalty::inactiveLocationIsDown()
{
    QTemporaryDir seedDir;
    QVERIFY(AdapterRig::writeSeed(seedDir.path(), [](QJsonObject *seed) {
        QJsonObject location = seed->value(u"location"_s).toObject();
        location.insert(u"status"_s, u"INACTIVE"_s);
        seed->insert(u"location"_s, location);
    }));
    AdapterRig rig;
    QString error;
    QVERIFY2(rig.start({u"--seed"_s, seedDir.path()}, &error), qPrintable(error));
    SquareClient client(rig.settings(), backendClientOptions(rig.settings()), nullptr);
    QCOMPARE(down(probeSquareHealth(client, rig.settings())),
             u"Square location LH2GQ8V4TW5ZP is INACTIVE, not ACTIVE: activate it in the Square Dashboard or set "
             u"backend.square.location_id to an active one"_s);
    QCOMPARE(rig.square().violations(), QJsonArray());
}

void TestSquareLoyalty::unreachableSquareIsDown()
{
    SyncSettings settings = m_rig.settings();
    settings.baseUrl = u"http://127.0.0.1:%1"_s.arg(freePort()).toUtf8();
    SquareClient client(settings, backendClientOptions(settings), nullptr);
    const HealthOutcome outcome = probeSquareHealth(client, settings);
    QVERIFY2(down(outcome).startsWith(u"Square cannot be reached: connect"_s), qPrintable(down(outcome)));
    QCOMPARE(outcome.reach, Reach::Unreachable);
    SquareLoyalty loyalty(client, settings);
    QVERIFY(unavailable(loyalty.lookupMember(LoyaltyLookupKind::Phone, QString::fromLatin1(AmeliaPhone))).startsWith(u"reading the loyalty program: connect"_s));
}

void TestSquareLoyalty::revokedTokenIsDownAndLookupsUnavailable()
{
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, true}}).status, 200);
    const QString reason = down(probeSquareHealth(*m_client, m_rig.settings()));
    QCOMPARE(reason, u"Square refused the access token (AUTHENTICATION_ERROR ACCESS_TOKEN_REVOKED: The access "
                     u"token has been revoked.): put a valid personal access token in backend.token_file"_s);
    QVERIFY(!reason.contains(QString::fromLatin1(SquaresimToken)));
    const QString lookupReason = unavailable(lookup(QString::fromLatin1(DiegoPhone)));
    QVERIFY2(lookupReason.contains(u"HTTP 401"_s), qPrintable(lookupReason));
    QVERIFY(!lookupReason.contains(u"5555550102"_s));
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, false}}).status, 200);
    QVERIFY(probeSquareHealth(*m_client, m_rig.settings()).isUp());
}

QTEST_GUILESS_MAIN(TestSquareLoyalty)
#include "tst_squareloyalty.moc"
