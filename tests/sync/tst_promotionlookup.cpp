// Promo code lookups over real HTTP on loopback, against the in-process fake backend: the
// contract v1 adapter's GET /v1/promotions/<code> and its outcomes (Found, NotFound,
// Unavailable for a backend that is down, sick or answers a mangled body), and the same through
// SyncService's worker thread, answered by promotionLookedUp.
#include "contract/membersresponse.h"
#include "fakebackend.h"
#include "sync/contractv1backend.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;
using test::FakeBackend;
using Reply = FakeBackend::Reply;
using Outcome = PromotionLookupResult::Outcome;

namespace {

const CurlGlobal curlGlobal; // before main(), and so before any thread

const QByteArray Save10 = R"({"code":"SAVE10","name":{"en":"10% off your order","es":"10% de descuento"},)"
                          R"("kind":"percent_off","percent":10,"min_subtotal_cents":1500,)"
                          R"("valid_from":"2026-12-01T08:00:00Z","valid_until":null,"combines_with_rewards":false})";
const QByteArray NotFoundBody = R"({"code":"not_found","error":"no such promotion"})";

template<typename Alternative>
const Alternative &as(const PromotionOutcome &outcome)
{
    const auto *alternative = std::get_if<Alternative>(&outcome.result);
    if (!alternative)
        qFatal("unexpected promotion outcome %d", int(outcome.result.index()));
    return *alternative;
}

} // namespace

class TestPromotionLookup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_token;

    SyncSettings settings(quint16 port) const { return test::fastSettings(port, m_token, test::minimalConfigDir()); }

    static PromotionOutcome lookup(ContractV1Backend &backend, const QString &code)
    {
        return test::served([&] { return backend.lookupPromotion(code); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_token = m_dir.filePath(u"backend.token"_s);
        QFile file(m_token);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret-token\n");
    }

    void foundIsTheBackendsPromotion()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        QVERIFY(port);
        fake.routes[u"/v1/promotions/SAVE10"_s] = {Reply::answer(200, Save10)};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));

        const PromotionOutcome outcome = lookup(backend, u"SAVE10"_s);
        const Promotion &promotion = as<PromotionOutcome::Found>(outcome).promotion;
        QCOMPARE(promotion.code, u"SAVE10"_s);
        QCOMPARE(promotion.kind, Promotion::Kind::PercentOff);
        QCOMPARE(promotion.percent, 10);
        QCOMPARE(promotion.minSubtotalCents, 1500);
        QCOMPARE(outcome.reach, Reach::Reached);
        const FakeBackend::Seen seen = fake.last(u"/v1/promotions/SAVE10"_s);
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer secret-token"));
    }

    void notFound()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        fake.routes[u"/v1/promotions/NOPE"_s] = {Reply::answer(404, NotFoundBody)};
        fake.routes[u"/v1/promotions/BAD"_s] = {Reply::answer(422, R"({"code":"validation","error":"code: must be"})")};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));
        QVERIFY(std::holds_alternative<PromotionOutcome::NotFound>(lookup(backend, u"NOPE"_s).result));
        QVERIFY(std::holds_alternative<PromotionOutcome::NotFound>(lookup(backend, u"BAD"_s).result));
    }

    // Whatever keeps the backend from saying is Unavailable, and says why without the code.
    void unavailable()
    {
        quint16 deadPort = 0;
        {
            FakeBackend gone;
            deadPort = gone.listen();
        }
        std::atomic_bool stopping = false;
        ContractV1Backend down(settings(deadPort), &stopping);
        QVERIFY(down.ready(nullptr));
        const PromotionOutcome refused = lookup(down, u"SAVE10"_s);
        QVERIFY(!as<PromotionOutcome::Unavailable>(refused).reason.isEmpty());
        QCOMPARE(refused.reach, Reach::Unreachable);

        FakeBackend fake;
        const quint16 port = fake.listen();
        fake.routes[u"/v1/promotions/SAVE10"_s] = {Reply::answer(200, "{\"code\": \"SAVE10\", \"kind\""),
                                                   Reply::answer(503, R"({"error":"busy"})"),
                                                   Reply::answer(200, QByteArray(Save10).replace("SAVE10", "OTHER1"))};
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));
        for (int i = 0; i < 3; ++i) {
            const QString reason = as<PromotionOutcome::Unavailable>(lookup(backend, u"SAVE10"_s)).reason;
            QVERIFY2(!reason.contains(u"SAVE10"_s), qPrintable(reason));
        }
        // A backend without the endpoint (a 404 that is not the contract's not_found) cannot say.
        QVERIFY(std::holds_alternative<PromotionOutcome::Unavailable>(lookup(backend, u"ELSE"_s).result));
    }

    // Through SyncService: each request is answered by promotionLookedUp with its id.
    void throughTheSyncThread()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        fake.routes[u"/v1/promotions/SAVE10"_s] = {Reply::answer(200, Save10)};
        fake.routes[u"/v1/promotions/NOPE"_s] = {Reply::answer(404, NotFoundBody)};
        SyncService sync(settings(port), m_dir.filePath(u"kiosk.db"_s));
        QSignalSpy answers(&sync, &SyncService::promotionLookedUp);
        sync.start();
        sync.lookupPromotion(1, u"SAVE10"_s);
        sync.lookupPromotion(2, u"NOPE"_s);
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, 15000);
        const auto found = answers.at(0).at(0).value<PromotionLookupResult>();
        QCOMPARE(found.requestId, 1u);
        QCOMPARE(found.outcome, Outcome::Found);
        QCOMPARE(found.promotion.code, u"SAVE10"_s);
        const auto missing = answers.at(1).at(0).value<PromotionLookupResult>();
        QCOMPARE(missing.requestId, 2u);
        QCOMPARE(missing.outcome, Outcome::NotFound);
        sync.stop();

        // Not running: still an answer, Unavailable.
        sync.lookupPromotion(3, u"SAVE10"_s);
        QTRY_COMPARE(answers.count(), 3);
        const auto stopped = answers.at(2).at(0).value<PromotionLookupResult>();
        QCOMPARE(stopped.outcome, Outcome::Unavailable);
        QVERIFY(!stopped.error.isEmpty());
    }

    // An enrolment goes as POST /v1/loyalty/members under its member's id; the 201's member
    // is the receipt, a 409 or 422 is refused for good, a 5xx goes again.
    void enrolmentDelivery()
    {
        FakeBackend fake;
        const quint16 port = fake.listen();
        const QString id = u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s;
        LoyaltyMember member;
        member.id = id;
        member.firstName = u"Ana"_s;
        member.tier = u"Silver"_s;
        const QByteArray created = QJsonDocument(loyaltyMemberJson(member)).toJson(QJsonDocument::Compact);
        const QString path = u"/v1/loyalty/members"_s;
        fake.routes[path] = {Reply::answer(503, R"({"error":"busy"})"), Reply::answer(201, created),
                             Reply::answer(409, R"({"code":"idempotency_conflict","error":"other body"})"),
                             Reply::answer(201, QByteArray(created).replace("6f1c2d3e", "00000000"))};
        std::atomic_bool stopping = false;
        ContractV1Backend backend(settings(port), &stopping);
        QVERIFY(backend.ready(nullptr));
        const Delivery delivery{u"loyalty_enrolment"_s, id, R"({"id":"x"})"};
        auto deliver = [&] { return test::served([&] { return backend.deliver(delivery); }); };
        QVERIFY(std::holds_alternative<DeliveryOutcome::RetryLater>(deliver().result));
        const DeliveryOutcome ok = deliver();
        QCOMPARE(std::get<DeliveryOutcome::Delivered>(ok.result).receipt, created);
        QCOMPARE(std::get<DeliveryOutcome::Rejected>(deliver().result).code, u"idempotency_conflict"_s);
        // A member other than the one asked for is no proof of delivery: asked again.
        QVERIFY(std::holds_alternative<DeliveryOutcome::RetryLater>(deliver().result));
        QCOMPARE(fake.requestKeys(path), QStringList(4, id));
        QCOMPARE(fake.last(path).body, QByteArray(R"({"id":"x"})"));
    }
};

QTEST_GUILESS_MAIN(TestPromotionLookup)
#include "tst_promotionlookup.moc"
