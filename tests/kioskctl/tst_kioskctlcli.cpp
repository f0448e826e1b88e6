// kioskctl's commands that need no running kiosk: config validation word for word like
// `kiosk --check-config`, pin-hash from a pipe and on a terminal, usage errors and --help.
#include "ctlfixture.h"
#include "staff/pinhash.h"
#include "staff/staffpinfile.h"
#include "storage/staffaudit.h"
#include "support/database.h"
#include "support/brokenconfigs.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestKioskCtlCli : public QObject
{
    Q_OBJECT

private:
    StoreFolder m_dir;

private slots:
    // --- config validate -------------------------------------------------------------------

    void configValidateAcceptsTheSampleStore()
    {
        const QString dir = sampleConfigDir();
        const CtlRun run = runCtlProcess({u"config"_s, u"validate"_s, dir});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, u"%1: OK (9 categories, 51 items)\n"_s.arg(dir));
        QCOMPARE(run.status, 0);
    }

    void configValidatePrintsEveryProblem()
    {
        // tests/data/broken-configs/57 over the minimal config, as tst_configvalidation does.
        const QString caseDir = QStringLiteral(KIOSK_TEST_DATA_DIR "/broken-configs/57-several-errors-in-both-files");
        const QString dir = m_dir.filePath(u"broken57"_s);
        QVERIFY(layBrokenConfig(caseDir, dir));
        const CtlRun run = runCtlProcess({u"config"_s, u"validate"_s, dir});
        QCOMPARE(run.errLines(), readLines(caseDir + u"/expected.txt"_s));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.status, 1);
    }

    void configValidateReportsSyntaxErrorsByLine()
    {
        const QString dir = m_dir.filePath(u"syntax"_s);
        QVERIFY(copyTree(minimalConfigDir(), dir));
        QFile kiosk(dir + u"/kiosk.json"_s);
        QVERIFY(kiosk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        kiosk.write("{\n  \"kiosk_id\": \"T1\"\n  \"store_name\": \"x\"\n}\n");
        kiosk.close();
        const CtlRun run = runCtl({u"config"_s, u"validate"_s, dir});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(u"kiosk.json:3:"_s), qPrintable(run.err));
    }

    void configValidateChecksTheHealthSection()
    {
        // As `kiosk --check-config`: the health section is validated with the rest of kiosk.json.
        const Store store = m_dir.newStore();
        QFile file(store.configDir + u"/kiosk.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject kiosk = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        kiosk.insert(u"health"_s, QJsonObject{{u"listen_port"_s, 70000}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(kiosk).toJson());
        file.close();
        const CtlRun run = runCtl({u"config"_s, u"validate"_s, store.configDir});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(u"kiosk.json: health.listen_port: "_s), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    // --- pin-hash --------------------------------------------------------------------------

    void pinHashFromAPipe()
    {
        const CtlRun run = runCtlProcess({u"pin-hash"_s}, "2468\n");
        QCOMPARE(run.err, QString()); // no prompt without a terminal
        QCOMPARE(run.status, 0);
        QCOMPARE(run.outLines().size(), 1);
        const QString hash = run.outLines().first();
        QVERIFY(hash.startsWith(u"pbkdf2-sha256$100000$"_s));
        QVERIFY(verifyPin(u"2468"_s, hash));
        QVERIFY(!verifyPin(u"1234"_s, hash));

        const CtlRun bad = runCtlProcess({u"pin-hash"_s}, "12a45\n");
        QCOMPARE(bad.status, 1);
        QCOMPARE(bad.err, u"kioskctl: a PIN is 4 to 8 digits\n"_s);
        QCOMPARE(bad.out, QString());
        const CtlRun none = runCtlProcess({u"pin-hash"_s});
        QCOMPARE(none.status, 1);
        QCOMPARE(none.err, u"kioskctl: no PIN given\n"_s);
    }

    void pinHashOnATerminalAsksTwice()
    {
        QStringList prompts;
        CtlRun run = runCtl({u"pin-hash"_s}, {u"97531"_s, u"97531"_s}, true, &prompts);
        QCOMPARE(run.status, 0);
        QCOMPARE(prompts.size(), 2);
        QVERIFY(verifyPin(u"97531"_s, run.out.trimmed()));

        run = runCtl({u"pin-hash"_s}, {u"97531"_s, u"97532"_s}, true);
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: the two PINs differ\n"_s);
        QCOMPARE(run.out, QString());
    }

    // --- pin-set ---------------------------------------------------------------------------

    // The PIN goes to DATA_DIR/staff-pin (0640), never to kiosk.json; weak ones are refused;
    // an existing kiosk.db gets a pin_set row.
    void pinSetWritesTheStaffPinFileAndAudits()
    {
        QTemporaryDir dataDir;
        const QString dbPath = dataDir.filePath(u"kiosk.db"_s);
        openDb(dbPath).reset();
        const QStringList args{u"--data-dir"_s, dataDir.path(), u"pin-set"_s};
        CtlRun run = runCtl(args, {u"8642"_s, u"8642"_s}, true);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.status, 0);
        const StaffPinFile file = StaffPinFile::inDataDir(dataDir.path());
        QVERIFY(run.out.contains(file.path()));
        const std::optional<QString> hash = file.read();
        QVERIFY(hash);
        QVERIFY(verifyPin(u"8642"_s, *hash));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0640u);
        {
            const std::unique_ptr<Database> db = openDb(dbPath);
            const QList<StaffAudit::Entry> rows = StaffAudit(*db).recent();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().action, u"pin_set"_s);
            QVERIFY(!rows.first().detail.contains(u"8642"_s));
        }

        for (const QString &weak : {u"0000"_s, u"1234"_s, u"5555"_s, u"3456"_s, u"9876"_s}) {
            run = runCtl(args, {weak, weak}, true);
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.startsWith(u"kioskctl: refused, "_s) && !run.err.contains(weak), qPrintable(run.err));
        }
        run = runCtl(args, {u"97531"_s, u"97532"_s}, true);
        QCOMPARE(run.err, u"kioskctl: the two PINs differ\n"_s);
        QVERIFY(verifyPin(u"8642"_s, *file.read())); // refusals leave the PIN as it was

        // From a pipe, for scripts: once.
        const CtlRun piped = runCtlProcess(args, "97531\n");
        QCOMPARE(piped.status, 0);
        QVERIFY(verifyPin(u"97531"_s, *file.read()));
    }

    // --- usage -----------------------------------------------------------------------------

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList() << u"no command given"_s;
        QTest::newRow("unknown") << QStringList{u"frobnicate"_s} << u"unknown command: frobnicate"_s;
        QTest::newRow("validate without dir") << QStringList{u"config"_s, u"validate"_s} << u"unknown command: config validate"_s;
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"status"_s} << u"Unknown option 'bogus'."_s;
        QTest::newRow("both filters") << QStringList{u"outbox"_s, u"--failed"_s, u"--pending"_s}
                                      << u"--failed and --pending exclude each other"_s;
        QTest::newRow("filter elsewhere") << QStringList{u"status"_s, u"--failed"_s}
                                          << u"--failed and --pending go with `outbox` alone"_s;
        QTest::newRow("filter on payments") << QStringList{u"payments"_s, u"--pending"_s}
                                            << u"--failed and --pending go with `outbox` alone"_s;
        QTest::newRow("limit elsewhere") << QStringList{u"status"_s, u"--limit"_s, u"5"_s}
                                         << u"--limit goes with `outbox` or `payments` alone"_s;
        QTest::newRow("json elsewhere") << QStringList{u"sync"_s, u"--json"_s}
                                        << u"--json goes with `status`, `outbox`, `feedback`, `payments` and `printer`"_s;
        QTest::newRow("port zero") << QStringList{u"--port"_s, u"0"_s, u"status"_s}
                                   << u"--port takes a port number from 1 to 65535"_s;
        QTest::newRow("limit") << QStringList{u"outbox"_s, u"--limit"_s, u"0"_s} << u"--limit takes a number from 1 to 1000"_s;
        QTest::newRow("seq") << QStringList{u"outbox"_s, u"retry"_s, u"x"_s}
                             << u"outbox retry takes an entry's SEQ, a whole number"_s;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CtlRun run = runCtl(args);
        QCOMPARE(run.status, 64);
        QCOMPARE(run.err, u"kioskctl: %1\nTry 'kioskctl --help'.\n"_s.arg(message));
    }

    void help()
    {
        const CtlRun run = runCtlProcess({u"--help"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, ctl::usage());
        QVERIFY(run.out.startsWith(u"Usage: kioskctl "_s));
    }
};

QTEST_GUILESS_MAIN(TestKioskCtlCli)
#include "tst_kioskctlcli.moc"
