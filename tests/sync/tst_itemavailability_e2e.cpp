// Pausing an item reaches the backend: the contract v1 adapter against the real refpos (a
// pause and a resume delivered, an unknown item and a broken body failed for good, a pause that
// ended before delivery not sent), and end to end, a pause queued by ItemPauses travels the
// kiosk's outbox on the real sync thread to refpos, whose GET /v1/menu shows the item
// unavailable, then available again once the pause's until has passed.
#include "storage/itempauses.h"
#include "storage/outbox.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "support/tokenfile.h"
#include "sync/contractv1backend.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

const QString Item = u"classic_burger"_s;

QString keyFor(const QString &itemId)
{
    return itemId + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray pauseBody(const QDateTime &until)
{
    return "{\"available\":false,\"until\":\"" + until.toString(Qt::ISODate).toLatin1() + "\"}";
}

} // namespace

class TestItemAvailabilityE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    test::HttpClient m_http;

    SyncSettings settings() const
    {
        return test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s), test::sampleConfigDir());
    }

    // Whether refpos's menu offers `itemId` now.
    bool availableAtRefpos(const QString &itemId)
    {
        for (const QJsonValue &item : m_http.get(m_refpos->url(u"/v1/menu"_s)).json().value(u"items"_s).toArray()) {
            if (item.toObject().value(u"id"_s).toString() == itemId)
                return item.toObject().value(u"available"_s).toBool(true);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writeTokenFile(m_dir.filePath(u"token"_s), "pause-token"));
        m_http.setToken("pause-token");
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--menu"_s, test::sampleMenuFile(), u"--token-file"_s, m_dir.filePath(u"token"_s)},
                                 &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_refpos->terminate(), 0); }

    void adapterPausesAndResumes()
    {
        ContractV1Backend backend(settings(), nullptr);
        QVERIFY(backend.ready(nullptr));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
        DeliveryOutcome outcome = backend.deliver({u"item_availability"_s, keyFor(Item), pauseBody(until)});
        const auto *delivered = std::get_if<DeliveryOutcome::Delivered>(&outcome.result);
        QVERIFY(delivered);
        QCOMPARE(outcome.httpStatus, 200);
        QCOMPARE(QJsonDocument::fromJson(delivered->receipt).object().value(u"available"_s).toBool(true), false);
        QVERIFY(!availableAtRefpos(Item));

        outcome = backend.deliver({u"item_availability"_s, keyFor(Item), "{\"available\":true}"});
        QVERIFY(std::holds_alternative<DeliveryOutcome::Delivered>(outcome.result));
        QVERIFY(availableAtRefpos(Item));
    }

    void adapterFailsWhatRefposRefuses()
    {
        ContractV1Backend backend(settings(), nullptr);
        QVERIFY(backend.ready(nullptr));
        const QByteArray later = pauseBody(QDateTime::currentDateTimeUtc().addSecs(600));
        DeliveryOutcome outcome = backend.deliver({u"item_availability"_s, keyFor(u"no_such_item"_s), later});
        auto *rejected = std::get_if<DeliveryOutcome::Rejected>(&outcome.result);
        QVERIFY(rejected);
        QCOMPARE(rejected->code, u"unknown_item"_s);
        QCOMPARE(rejected->reason, u"HTTP 404: no menu item \"no_such_item\""_s);

        outcome = backend.deliver({u"item_availability"_s, keyFor(Item), "{\"available\":false}"});
        rejected = std::get_if<DeliveryOutcome::Rejected>(&outcome.result);
        QVERIFY(rejected);
        QCOMPARE(rejected->code, u"validation"_s);
        QVERIFY(availableAtRefpos(Item));
    }

    // Queued while the backend was away, delivered after its end: nothing to send (refpos
    // would refuse an until in the past).
    void adapterSkipsAPauseThatEnded()
    {
        ContractV1Backend backend(settings(), nullptr);
        QVERIFY(backend.ready(nullptr));
        const QByteArray ended = pauseBody(QDateTime::currentDateTimeUtc().addSecs(-60));
        const DeliveryOutcome outcome = backend.deliver({u"item_availability"_s, keyFor(Item), ended});
        QVERIFY(std::holds_alternative<DeliveryOutcome::Delivered>(outcome.result));
        QCOMPARE(outcome.httpStatus, 0);
        QVERIFY(availableAtRefpos(Item));
    }

    void pauseTravelsTheOutboxAndEndsAtRefpos()
    {
        const QString dbPath = m_dir.filePath(u"kiosk.db"_s);
        const QString etag = QString::fromLatin1(m_http.get(m_refpos->url(u"/v1/menu"_s)).header("ETag"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Whole seconds, as pauseUntil gives; at least two of them away.
        QDateTime until = now.addSecs(3);
        until.setTime(QTime(until.time().hour(), until.time().minute(), until.time().second()));
        {
            auto db = test::openDb(dbPath);
            QString error;
            QVERIFY2(ItemPauses(*db).pause(Item, until, now, &error), qPrintable(error));
        }
        SyncService sync(settings(), dbPath);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(*test::openDb(dbPath)).counts().delivered, 1, 10000);
        sync.stop();
        QVERIFY2(QDateTime::currentDateTimeUtc() < until, "delivered too late to see the pause");
        QVERIFY(!availableAtRefpos(Item));
        QVERIFY(QString::fromLatin1(m_http.get(m_refpos->url(u"/v1/menu"_s)).header("ETag")) != etag);

        // Ended by refpos on its own, with nobody resuming it; the kiosk's copy ends with it.
        QTRY_VERIFY_WITH_TIMEOUT(availableAtRefpos(Item), 10000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= until);
        QCOMPARE(QString::fromLatin1(m_http.get(m_refpos->url(u"/v1/menu"_s)).header("ETag")), etag);
        QVERIFY(ItemPauses(*test::openDb(dbPath)).active(QDateTime::currentDateTimeUtc())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestItemAvailabilityE2e)
#include "tst_itemavailability_e2e.moc"
