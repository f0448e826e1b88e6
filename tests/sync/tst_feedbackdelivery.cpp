// Feedback and calls for staff travel like orders: saved with their outbox entry in one
// transaction (FeedbackStore, AssistStore), then delivered by the real sync thread to the real
// refpos, which answers some requests with errors and cuts some bodies after processing them,
// so the kiosk retries requests refpos already stored. Each must arrive exactly once, with
// what the customer answered; sending every entry again changes nothing at refpos.
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "storage/assiststore.h"
#include "storage/feedbackstore.h"
#include "storage/outbox.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

Outbox::Counts countsOf(const QString &dbPath)
{
    auto db = test::openDb(dbPath);
    return Outbox(*db).counts();
}

// refpos's admin listing `name` ("feedback", "assist") keyed by `key`.
QHash<QString, QJsonObject> byKey(const QJsonArray &rows, const QString &key)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &row : rows)
        result.insert(row.toObject().value(key).toString(), row.toObject());
    return result;
}

} // namespace

class TestFeedbackDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    test::HttpClient m_http;

    QJsonArray adminList(const QString &name)
    {
        return m_http.get(m_refpos->url(u"/admin/"_s + name)).json().value(name).toArray();
    }

    // Runs the sync thread until the outbox has nothing pending.
    void deliverAll(const QString &dbPath)
    {
        SyncSettings settings = test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s),
                                                   test::sampleConfigDir());
        SyncService sync(settings, dbPath);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(dbPath).pending, 0, 30000);
        sync.stop();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile token(m_dir.filePath(u"token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("feedback-token\n");
        token.close();
        m_http.setToken("feedback-token");
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--token-file"_s, m_dir.filePath(u"token"_s), u"--seed"_s, u"6"_s,
                                  u"--error-rate"_s, u"0.25"_s, u"--malformed-rate"_s, u"0.25"_s},
                                 &error),
                 qPrintable(error));
    }

    void deliveredExactlyOnce()
    {
        const QString dbPath = m_dir.filePath(u"kiosk.db"_s);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QList<FeedbackRequest> answers;
        QStringList callKeys;
        {
            auto db = test::openDb(dbPath);
            const QList<std::tuple<std::optional<int>, std::optional<int>, std::optional<QString>, QString>> given{
                {5, std::nullopt, std::nullopt, u"en"_s},
                {4, 9, std::nullopt, u"en"_s},
                {1, 0, u"Cold fries, \"long\" wait"_s, u"en"_s},
                {std::nullopt, 7, std::nullopt, u"es"_s},
                {std::nullopt, std::nullopt, u"¡Muy rico! Gracias 🍔"_s, u"es"_s},
                {3, 10, u"ok"_s, u"en"_s},
            };
            for (qsizetype i = 0; i < given.size(); ++i) {
                const auto &[csat, nps, comment, language] = given.at(i);
                FeedbackRequest request{QUuid::createUuid(), QUuid::createUuid(), csat, nps, comment, language,
                                        start.addSecs(60 * i)};
                QString error;
                QVERIFY2(FeedbackStore(*db).save(request, &error), qPrintable(error));
                answers.append(request);
            }
            AssistStore calls(*db);
            for (int i = 0; i < 3; ++i) {
                const auto result = calls.call({u"T1"_s, i == 1 ? u"payment"_s : u"help"_s,
                                                start.addSecs(120 * i)}, 60);
                QCOMPARE(result.outcome, AssistStore::CallResult::Created);
                callKeys.append(result.id);
            }
            // A repeated tap within the minute queues nothing.
            QCOMPARE(calls.call({u"T1"_s, u"help"_s, start.addSecs(250)}, 60).outcome,
                     AssistStore::CallResult::Repeated);
        }
        QCOMPARE(countsOf(dbPath).pending, 9);

        deliverAll(dbPath);
        const Outbox::Counts counts = countsOf(dbPath);
        QCOMPARE(counts.delivered, 9);
        QCOMPARE(counts.failed, 0);

        const QHash<QString, QJsonObject> stored = byKey(adminList(u"feedback"_s), u"id"_s);
        QCOMPARE(stored.size(), answers.size());
        for (const FeedbackRequest &answer : std::as_const(answers)) {
            const QString id = answer.id.toString(QUuid::WithoutBraces);
            QVERIFY2(stored.contains(id), qPrintable(id));
            const QJsonObject row = stored.value(id);
            QCOMPARE(row.value(u"order_id"_s).toString(), answer.orderId.toString(QUuid::WithoutBraces));
            QCOMPARE(row.value(u"csat"_s).isNull(), !answer.csat);
            QCOMPARE(row.value(u"csat"_s).toInt(-1), answer.csat.value_or(-1));
            QCOMPARE(row.value(u"nps"_s).toInt(-1), answer.nps.value_or(-1));
            QCOMPARE(row.value(u"comment"_s).toString(), answer.comment.value_or(QString()));
            QCOMPARE(row.value(u"language"_s).toString(), answer.language);
        }
        const QHash<QString, QJsonObject> calls = byKey(adminList(u"assist"_s), u"key"_s);
        QCOMPARE(calls.size(), 3);
        for (const QString &key : std::as_const(callKeys)) {
            QVERIFY2(calls.contains(key), qPrintable(key));
            QCOMPARE(calls.value(key).value(u"kiosk_id"_s).toString(), u"T1"_s);
        }
        QCOMPARE(calls.value(callKeys.at(1)).value(u"reason"_s).toString(), u"payment"_s);
        // The faults were on: some requests reached refpos more than once, yet one row each.
        int retried = 0;
        for (const QJsonObject &row : stored)
            retried += row.value(u"attempts"_s).toInt() > 1;
        for (const QJsonObject &row : calls)
            retried += row.value(u"attempts"_s).toInt() > 1;
        QVERIFY2(retried > 0, "no request was retried after refpos processed it: the faults did not bite");

        // Everything sent again (as after a crash between sending and marking delivered).
        {
            auto db = test::openDb(dbPath);
            QVERIFY(db->exec("UPDATE outbox SET state = 'pending', next_attempt_at = NULL"));
        }
        deliverAll(dbPath);
        QCOMPARE(countsOf(dbPath).delivered, 9);
        QCOMPARE(adminList(u"feedback"_s).size(), answers.size());
        QCOMPARE(adminList(u"assist"_s).size(), 3);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_refpos->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedbackDelivery)
#include "tst_feedbackdelivery.moc"
