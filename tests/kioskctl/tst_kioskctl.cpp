// kioskctl on a store: status, feedback, outbox and retry, sync and reload against a real
// HealthMonitor wired like the kiosk on a real kiosk.db; the same commands with no kiosk
// running, reading the file read-only (byte for byte unchanged) and writing it only for
// `outbox retry`, only when nothing else has it open. (Config validation, pin-hash and usage:
// tst_kioskctlcli.)
#include "ctlfixture.h"
#include "storage/assiststore.h"
#include "storage/feedbackstore.h"
#include "support/freeport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestKioskCtl : public QObject
{
    Q_OBJECT

private:
    StoreFolder m_dir;

private slots:
    // --- status ----------------------------------------------------------------------------

    void statusOfARunningKiosk()
    {
        const Store store = m_dir.newStore();
        RunningKiosk kiosk(store);
        const CtlRun run = runCtlProcess(store.args({u"status"_s}));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.status, 0);
        const QStringList lines = run.outLines();
        static const QRegularExpression Header(u"^kiosk T1 \\(\\S+\\): (pass|warn)$"_s);
        QVERIFY2(Header.match(lines.value(0)).hasMatch(), qPrintable(run.out));
        QCOMPARE(lines.size(), 1 + 11); // a line per check (clock:synchronised is the 11th)
        static const QRegularExpression Depth(u"^  (pass|warn)  outbox:depth +2 entries"_s);
        QVERIFY2(!lines.filter(Depth).isEmpty(), qPrintable(run.out));
        static const QRegularExpression Integrity(u"^  pass  sqlite:integrity +ok"_s);
        QVERIFY2(!lines.filter(Integrity).isEmpty(), qPrintable(run.out));
    }

    void statusJsonIsTheHealthDocument()
    {
        const Store store = m_dir.newStore();
        RunningKiosk kiosk(store);
        const CtlRun run = runCtl(store.args({u"--json"_s, u"status"_s}));
        QCOMPARE(run.status, 0);
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject served = QJsonDocument::fromJson(kiosk.monitor->healthJson()).object();
        QCOMPARE(printed.value(u"serviceId"_s).toString(), u"T1"_s);
        QCOMPARE(printed.value(u"status"_s), served.value(u"status"_s));
        QCOMPARE(printed.value(u"checks"_s).toObject().keys(), served.value(u"checks"_s).toObject().keys());
    }

    void statusFailExitsOne()
    {
        const Store store = m_dir.newStore();
        HealthSettings settings = test::healthTestSettings();
        settings.outboxDepthWarn = 1;
        settings.outboxDepthFail = 2;
        RunningKiosk kiosk(store, settings);
        const CtlRun run = runCtl(store.args({u"status"_s}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.outLines().value(0).endsWith(u": fail"_s), qPrintable(run.out));
        static const QRegularExpression Depth(u"^  fail  outbox:depth +2 entries +\\S"_s); // with its output
        QVERIFY2(!run.outLines().filter(Depth).isEmpty(), qPrintable(run.out));
        // --json: the 503's document as is, and still exit 1.
        const CtlRun json = runCtl(store.args({u"status"_s, u"--json"_s}));
        QCOMPARE(json.status, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"status"_s).toString(), u"fail"_s);
    }

    void statusWithoutAKioskReadsTheDatabase()
    {
        const Store store = m_dir.newStore();
        const quint16 port = freePort();
        store.writeConfig(port);
        const QByteArray before = store.fingerprint();

        const CtlRun run = runCtlProcess(store.args({u"status"_s}));
        QCOMPARE(run.status, 2);
        QCOMPARE(run.outLines(), QStringList({
            u"the kiosk is not running (nothing listens on 127.0.0.1:%1)"_s.arg(port),
            u"database %1 (read-only):"_s.arg(store.dbPath),
            u"  outbox          2 pending, 1 delivered, 1 failed"_s,
            run.outLines().value(3), // the age, checked below
            u"  quick_check     ok"_s,
        }));
        static const QRegularExpression Age(u"^  oldest pending  (\\d+) s$"_s);
        const QRegularExpressionMatch age = Age.match(run.outLines().value(3));
        QVERIFY2(age.hasMatch(), qPrintable(run.out));
        QVERIFY(age.captured(1).toInt() >= 400 && age.captured(1).toInt() < 500);

        const CtlRun json = runCtl(store.args({u"status"_s, u"--json"_s}));
        QCOMPARE(json.status, 2);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u"status"_s).toString(), u"not running"_s);
        const QJsonObject db = root.value(u"database"_s).toObject();
        QCOMPARE(db.value(u"outbox"_s).toObject(), (QJsonObject{{u"pending"_s, 2}, {u"delivered"_s, 1}, {u"failed"_s, 1}}));
        QCOMPARE(db.value(u"quick_check"_s).toString(), u"ok"_s);

        QCOMPARE(store.fingerprint(), before);
    }

    // --- feedback ----------------------------------------------------------------------------

    void feedbackReadsTheDatabaseReadOnly()
    {
        const Store store = m_dir.newStore();
        const QDateTime todayStart = QDateTime::currentDateTime().date().startOfDay();
        {
            auto db = test::openDb(store.dbPath);
            auto save = [&](std::optional<int> csat, std::optional<int> nps, const QDateTime &at) {
                FeedbackRequest request{QUuid::createUuid(), QUuid::createUuid(), csat, nps, std::nullopt,
                                        u"en"_s, at.toUTC()};
                QString error;
                QVERIFY2(FeedbackStore(*db).save(request, &error), qPrintable(error));
            };
            save(5, 10, todayStart.addSecs(1));
            save(4, std::nullopt, todayStart.addSecs(1));
            save(1, 0, todayStart.addDays(-3));       // this week, not today
            save(2, 10, todayStart.addDays(-6));      // the week's first day
            save(1, 0, todayStart.addDays(-7).addSecs(-1)); // outside both windows
            AssistStore calls(*db);
            const auto first = calls.call({u"T1"_s, u"help"_s, todayStart.addDays(-1).toUTC()}, 60);
            QCOMPARE(calls.call({u"T1"_s, u"help"_s, todayStart.addSecs(1).toUTC()}, 60).outcome,
                     AssistStore::CallResult::Created);
            QString error;
            QVERIFY2(calls.clear(first.id, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        }
        const QByteArray before = store.fingerprint();

        const CtlRun run = runCtlProcess(store.args({u"feedback"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.outLines(), QStringList({
            u"              TODAY                 LAST 7 DAYS"_s,
            u"Feedback      2                     4"_s,
            u"CSAT (1-5)    4.5 (2 answers)       3.0 (4 answers)"_s,
            u"NPS           100.0 (1 answer)      33.3 (3 answers)"_s,
            u"Open calls for staff: 1"_s,
        }));
        QCOMPARE(run.errLines(), QStringList({u"kioskctl: reading %1 read-only"_s.arg(store.dbPath)}));

        const CtlRun json = runCtl(store.args({u"feedback"_s, u"--json"_s}));
        QCOMPARE(json.status, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject today = root.value(u"today"_s).toObject();
        QCOMPARE(today.value(u"answers"_s).toInt(), 2);
        QCOMPARE(today.value(u"csat"_s).toObject(), (QJsonObject{{u"count"_s, 2}, {u"average"_s, 4.5}}));
        QCOMPARE(QDateTime::fromString(today.value(u"since"_s).toString(), Qt::ISODate), todayStart);
        // The local midnight carries its UTC offset.
        QVERIFY(QRegularExpression(u"(Z|[+-]\\d\\d:\\d\\d)$"_s).match(today.value(u"since"_s).toString()).hasMatch());
        const QJsonObject week = root.value(u"last_7_days"_s).toObject();
        QCOMPARE(week.value(u"answers"_s).toInt(), 4);
        QCOMPARE(week.value(u"nps"_s).toObject(), (QJsonObject{{u"count"_s, 3}, {u"promoters"_s, 2},
                                                               {u"detractors"_s, 1}, {u"score"_s, 33.3}}));
        QCOMPARE(root.value(u"open_staff_calls"_s).toInt(), 1);

        QCOMPARE(store.fingerprint(), before);
    }

    void feedbackOfAnEmptyDatabase()
    {
        const Store store = m_dir.newStore();
        const CtlRun run = runCtl(store.args({u"feedback"_s, u"--json"_s}));
        QCOMPARE(run.status, 0);
        const QJsonObject today = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"today"_s).toObject();
        QCOMPARE(today.value(u"answers"_s).toInt(), 0);
        QVERIFY(today.value(u"csat"_s).toObject().value(u"average"_s).isNull());
        QVERIFY(today.value(u"nps"_s).toObject().value(u"score"_s).isNull());
        QCOMPARE(runCtl(store.args({u"feedback"_s})).outLines().value(2),
                 u"CSAT (1-5)    -                     -"_s);
    }

    void feedbackWithoutADatabaseFails()
    {
        const Store store = m_dir.newStore();
        QVERIFY(QFile::remove(store.dbPath));
        const CtlRun run = runCtl(store.args({u"feedback"_s}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(store.dbPath), qPrintable(run.err));
        QVERIFY(!QFile::exists(store.dbPath));
    }

    void aKioskThatDoesNotAnswerIsUnreachable()
    {
        const Store store = m_dir.newStore();
        QTcpServer silent; // accepts connections, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        store.writeConfig(silent.serverPort());
        const QByteArray before = store.fingerprint();

        QElapsedTimer timer;
        timer.start();
        const CtlRun run = runCtl(store.args({u"status"_s}));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.out.startsWith(u"the kiosk does not answer on 127.0.0.1:%1: no answer within 2 s\n"_s
                                        .arg(silent.serverPort())), qPrintable(run.out));
        QVERIFY(run.out.contains(u"2 pending, 1 delivered, 1 failed"_s));

        // Maybe running but stuck: its database is not written.
        const CtlRun retry = runCtl(store.args({u"outbox"_s, u"retry"_s, QString::number(store.failedSeq)}));
        QCOMPARE(retry.status, 2);
        QVERIFY2(retry.err.endsWith(u"; nothing changed\n"_s), qPrintable(retry.err));
        QCOMPARE(store.fingerprint(), before);
    }

    void configWithoutAPortMissingOrHalfEdited()
    {
        const Store store = m_dir.newStore();
        store.writeConfig(0);
        const CtlRun run = runCtl(store.args({u"status"_s}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"health.listen_port is 0"_s), qPrintable(run.err));

        // --port and --data-dir need no config at all.
        const CtlRun bare = runCtl({u"--config"_s, m_dir.filePath(u"nowhere"_s), u"--port"_s,
                                    QString::number(freePort()), u"--data-dir"_s, store.dataDir, u"status"_s});
        QCOMPARE(bare.status, 2);
        QVERIFY(bare.out.contains(u"2 pending, 1 delivered, 1 failed"_s));

        const CtlRun missing = runCtl({u"--config"_s, m_dir.filePath(u"nowhere"_s), u"status"_s});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.startsWith(u"kioskctl: cannot use the config in "_s), qPrintable(missing.err));

        // Only kiosk.json matters here: a menu.json half edited does not stand in the way.
        store.writeConfig(freePort());
        QFile menu(store.configDir + u"/menu.json"_s);
        QVERIFY(menu.open(QIODevice::WriteOnly | QIODevice::Truncate));
        menu.write("{");
        menu.close();
        const CtlRun brokenMenu = runCtl(store.args({u"status"_s}));
        QCOMPARE(brokenMenu.status, 2);
        QVERIFY(brokenMenu.out.contains(u"2 pending, 1 delivered, 1 failed"_s));
    }

    // --- outbox ----------------------------------------------------------------------------

    void outboxThroughTheKioskAndOfflineAgree()
    {
        const Store store = m_dir.newStore();
        QByteArray online, onlineFailed;
        QString table;
        {
            RunningKiosk kiosk(store);
            const CtlRun run = runCtl(store.args({u"outbox"_s}));
            QCOMPARE(run.status, 0);
            QCOMPARE(run.err, QString());
            table = run.out;
            online = runCtl(store.args({u"outbox"_s, u"--json"_s})).out.toUtf8();
            onlineFailed = runCtl(store.args({u"outbox"_s, u"--json"_s, u"--failed"_s})).out.toUtf8();
        }
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines[0].startsWith(u"SEQ  KIND   ORDER/KEY  STATE      TRIES  CREATED (UTC)"_s));
        QVERIFY2(lines[1].startsWith(u"%1    order  T-004      pending    0"_s.arg(store.pendingSeq)), qPrintable(table));
        QVERIFY2(lines[2].endsWith(u"network: connection refused"_s), qPrintable(table));
        QVERIFY2(lines[3].contains(u"failed"_s) && lines[3].endsWith(u"422 total_cents: expected 973, got 970"_s),
                 qPrintable(table));
        QVERIFY(lines[4].contains(u"T-001      delivered"_s));

        const QJsonArray entries = QJsonDocument::fromJson(online).object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(QJsonDocument::fromJson(onlineFailed).object().value(u"entries"_s).toArray().size(), 1);
        QVERIFY(!online.contains("classic_burger")); // no bodies

        // No kiosk now: the same listing from the file, which stays as it was.
        const quint16 port = freePort();
        store.writeConfig(port);
        const QByteArray before = store.fingerprint();
        const CtlRun offline = runCtl(store.args({u"outbox"_s, u"--json"_s}));
        QCOMPARE(offline.status, 0);
        QCOMPARE(offline.err, u"kioskctl: the kiosk is not running (nothing listens on 127.0.0.1:%1)\n"
                              u"kioskctl: reading %2 read-only\n"_s.arg(port).arg(store.dbPath));
        QCOMPARE(QJsonDocument::fromJson(offline.out.toUtf8()), QJsonDocument::fromJson(online));
        const CtlRun offlineFailed = runCtl(store.args({u"outbox"_s, u"--failed"_s, u"--json"_s}));
        QCOMPARE(QJsonDocument::fromJson(offlineFailed.out.toUtf8()), QJsonDocument::fromJson(onlineFailed));
        const CtlRun offlineTable = runCtlProcess(store.args({u"outbox"_s}));
        QCOMPARE(offlineTable.status, 0);
        QCOMPARE(offlineTable.out, table);
        const CtlRun limited = runCtl(store.args({u"outbox"_s, u"--pending"_s, u"--limit"_s, u"1"_s}));
        QCOMPARE(limited.outLines().size(), 1 + 1);
        QCOMPARE(store.fingerprint(), before);
    }

    // --- outbox retry ----------------------------------------------------------------------

    void retryThroughTheKiosk()
    {
        const Store store = m_dir.newStore();
        RunningKiosk kiosk(store);
        const QString failed = QString::number(store.failedSeq);
        CtlRun run = runCtl(store.args({u"outbox"_s, u"retry"_s, failed}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, u"outbox entry %1 is pending again\n"_s.arg(failed));
        QCOMPARE(Outbox(*kiosk.db).entry(store.failedSeq)->state, OutboxEntry::State::Pending);

        run = runCtl(store.args({u"outbox"_s, u"retry"_s, failed}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: outbox entry %1 has not failed\n"_s.arg(failed));
        run = runCtl(store.args({u"outbox"_s, u"retry"_s, u"9999"_s}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: no outbox entry 9999\n"_s);
    }

    void retryWithoutAKioskWritesOneEntry()
    {
        const Store store = m_dir.newStore();
        store.writeConfig(freePort());
        const QString failed = QString::number(store.failedSeq);
        CtlRun run = runCtl(store.args({u"outbox"_s, u"retry"_s, u"9999"_s}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: no outbox entry 9999\n"_s);
        run = runCtl(store.args({u"outbox"_s, u"retry"_s, QString::number(store.pendingSeq)}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: outbox entry %1 has not failed\n"_s.arg(store.pendingSeq));

        run = runCtl(store.args({u"outbox"_s, u"retry"_s, failed}));
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.startsWith(u"outbox entry %1 is pending again"_s.arg(failed)), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(store.dbPath + u"-wal"_s)); // checkpointed and closed
        auto db = openDb(store.dbPath);
        const auto entry = Outbox(*db).entry(store.failedSeq);
        QCOMPARE(entry->state, OutboxEntry::State::Pending);
        QVERIFY(!entry->nextAttemptAt.isValid());
        QCOMPARE(entry->lastError, u"422 total_cents: expected 973, got 970"_s); // kept for the record
        QCOMPARE(Outbox(*db).counts().failed, 0);
        QCOMPARE(Outbox(*db).counts().pending, 3);
    }

    void retryRefusesADatabaseAnotherProgramHasOpen()
    {
        const Store store = m_dir.newStore();
        store.writeConfig(freePort());
        // A kiosk whose listener is down still has its database open.
        {
            auto kioskDb = openDb(store.dbPath);
            const CtlRun run = runCtl(store.args({u"outbox"_s, u"retry"_s, QString::number(store.failedSeq)}));
            QCOMPARE(run.status, 2);
            QCOMPARE(run.err, u"kioskctl: another program has %1 open (a kiosk without its listener?); "
                              u"nothing changed\n"_s.arg(store.dbPath));
            QCOMPARE(Outbox(*kioskDb).entry(store.failedSeq)->state, OutboxEntry::State::Failed);
        }
        QCOMPARE(stateOf(store.dbPath, store.failedSeq), OutboxEntry::State::Failed);
    }

    // --- sync, config reload ---------------------------------------------------------------

    void syncAndReloadAskTheKiosk()
    {
        const Store store = m_dir.newStore();
        {
            RunningKiosk kiosk(store);
            CtlRun run = runCtlProcess(store.args({u"sync"_s}));
            QCOMPARE(run.status, 0);
            QCOMPARE(run.out, u"sync requested\n"_s);
            QCOMPARE(kiosk.syncs, 1);
            run = runCtl(store.args({u"config"_s, u"reload"_s}));
            QCOMPARE(run.status, 0);
            QCOMPARE(run.out, u"config reload requested\n"_s);
            QCOMPARE(kiosk.reloads, 1);
        }
        const quint16 port = freePort();
        store.writeConfig(port);
        const CtlRun run = runCtl(store.args({u"sync"_s}));
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err, u"kioskctl: the kiosk is not running (nothing listens on 127.0.0.1:%1)\n"_s.arg(port));
    }
};

QTEST_GUILESS_MAIN(TestKioskCtl)
#include "tst_kioskctl.moc"
