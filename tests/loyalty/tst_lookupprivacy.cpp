// Member lookups keep the identifier out of the URL: the kiosk asks with POST
// /v1/loyalty/members/search and a JSON body, because proxies and access logs keep URLs. A
// recording server on loopback sees every request target the sync thread sends.
#include "../sync/syncfixture.h"
#include "support/tokenfile.h"
#include "sync/curlglobal.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {
const CurlGlobal curlGlobal; // before main() and any thread
constexpr int Patience = 15000;

struct Seen
{
    QByteArray method;
    QString path;
    QString target; // path and query as they came on the request line
    QByteArray body;
    QByteArray authorization;
};
} // namespace

class TestLookupPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHttpServer m_server;
    QList<Seen> m_seen;
    std::unique_ptr<SyncService> m_sync;
    quint64 m_nextId = 1;

    void record(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        Seen seen;
        seen.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
        seen.path = request.url().path();
        seen.target = request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
        seen.body = request.body();
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                seen.authorization = value;
        }
        m_seen.append(seen);
        const QByteArray body = seen.path == u"/v1/health"_s ? R"({"status":"pass"})" : R"({"members":[]})";
        QHttpServerResponse("application/json", body).write(std::move(responder));
    }

private slots:
    void initTestCase()
    {
        m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            record(request, std::move(responder));
        });
        auto *tcp = new QTcpServer(&m_server);
        QVERIFY(tcp->listen(QHostAddress::LocalHost));
        m_server.bind(tcp);
        const QString token = m_dir.filePath(u"backend.token"_s);
        QVERIFY(writeTokenFile(token, "privacy-test-token"));
        SyncSettings settings = fastSettings(tcp->serverPort(), token, sampleConfigDir());
        settings.healthIntervalMs = 60000;
        m_sync = std::make_unique<SyncService>(settings, m_dir.filePath(u"kiosk.db"_s));
        m_sync->start();
    }

    void identifierTravelsInTheBody_data()
    {
        QTest::addColumn<LoyaltyLookupKind>("kind");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("key");
        QTest::newRow("phone") << LoyaltyLookupKind::Phone << u"+12065550142"_s << u"phone"_s;
        QTest::newRow("member") << LoyaltyLookupKind::MemberNumber << u"10010042"_s << u"member"_s;
        QTest::newRow("code") << LoyaltyLookupKind::Code << u"HSK-CARD-7Q3F9A"_s << u"code"_s;
    }

    void identifierTravelsInTheBody()
    {
        QFETCH(LoyaltyLookupKind, kind);
        QFETCH(QString, identifier);
        QFETCH(QString, key);
        m_seen.clear();
        const LoyaltyLookupResult result = lookupAndWait(*m_sync, m_nextId++, kind, identifier, Patience);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.source, LoyaltyLookupResult::Source::Online);

        const auto lookups = std::count_if(m_seen.cbegin(), m_seen.cend(), [](const Seen &s) {
            return s.path.startsWith(u"/v1/loyalty/"_s);
        });
        QCOMPARE(lookups, 1);
        // The digits alone: neither "+1" nor percent-encoding may hide them from the search.
        const QString bare = identifier.mid(identifier.startsWith(u'+') ? 2 : 0);
        for (const Seen &seen : std::as_const(m_seen)) {
            QVERIFY2(!seen.target.contains(bare, Qt::CaseInsensitive), qPrintable(seen.target));
            QVERIFY2(!seen.target.contains(u'?'), qPrintable(seen.target));
            if (!seen.path.startsWith(u"/v1/loyalty/"_s))
                continue;
            QCOMPARE(seen.method, QByteArray("POST"));
            QCOMPARE(seen.target, u"/v1/loyalty/members/search"_s);
            QCOMPARE(QJsonDocument::fromJson(seen.body).object(), (QJsonObject{{key, identifier}}));
            QCOMPARE(seen.authorization, QByteArray("Bearer privacy-test-token"));
        }
    }

    void cleanupTestCase() { m_sync.reset(); }
};

QTEST_GUILESS_MAIN(TestLookupPrivacy)
#include "tst_lookupprivacy.moc"
