// Live reload in the real kiosk binary (offscreen) on a private copy of the sample store, seen
// the ways staff see it: `kioskctl status` (human and --json), `kioskctl config reload`, and
// GET /healthz on the loopback listener. A valid edit brings a new config version; a bad one
// leaves the version in force and shows the validator's exact message as a warning.
#include "reloadfixture.h"

#include "config/configsnapshot.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

constexpr int WaitMs = 20000;

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

// A program run to completion in the event loop (so nothing here blocks the kiosk's answers).
Run runProgram(const QString &program, const QStringList &args)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    Run run;
    if (!process.waitForStarted(5000) || !finished.wait(15000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestReloadKiosk : public QObject
{
    Q_OBJECT

    // The kiosk's own data folder: kioskctl finds the staff token there.
    Run kioskctl(const QStringList &args)
    {
        return runProgram(QStringLiteral(KIOSKCTL_BIN),
                          QStringList{u"--config"_s, m_configDir, u"--data-dir"_s, m_dir.filePath(u"data"_s)} + args);
    }

    // config:state from `kioskctl status --json`; empty while the kiosk does not answer.
    QJsonObject configCheck()
    {
        const Run run = kioskctl({u"--json"_s, u"status"_s});
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        return root.value(u"checks"_s).toObject().value(u"config:state"_s).toArray().first().toObject();
    }

    // The version the kiosk must report for the files now in the folder.
    QString versionOnDisk() const { return readConfigSnapshot(m_configDir).version; }

    QTemporaryDir m_dir;
    QString m_configDir;
    quint16 m_port = 0;
    QProcess m_kiosk;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_configDir = m_dir.filePath(u"config"_s);
        m_port = test::freePort();
        QVERIFY(test::makeStore(m_configDir, test::freePort(), m_port));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_kiosk.setProcessEnvironment(env);
        m_kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_kiosk.start(QStringLiteral(KIOSK_BIN), {u"--config"_s, m_configDir, u"--data-dir"_s, m_dir.filePath(u"data"_s)});
        QVERIFY2(m_kiosk.waitForStarted(10000), qPrintable(m_kiosk.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(configCheck().value(u"status"_s).toString(), u"pass"_s, WaitMs);
    }

    void cleanupTestCase()
    {
        if (m_kiosk.state() != QProcess::NotRunning) {
            m_kiosk.terminate();
            if (!m_kiosk.waitForFinished(10000)) {
                m_kiosk.kill();
                m_kiosk.waitForFinished();
            }
        }
    }

    void reportsTheVersionInForce()
    {
        const QJsonObject check = configCheck();
        QCOMPARE(check.value(u"observedValue"_s).toString(), versionOnDisk());
        const Run human = kioskctl({u"status"_s});
        QCOMPARE(human.status, 0);
        QVERIFY2(QRegularExpression(u"\\n  pass  config:state +%1\\n"_s.arg(versionOnDisk())).match(human.out).hasMatch(),
                 qPrintable(human.out));
    }

    void validEditIsAppliedAndReported()
    {
        const QString before = versionOnDisk();
        QVERIFY(test::writeFile(QDir(m_configDir).filePath(u"menu.json"_s),
                                   test::menuWithPrice(m_configDir, u"classic_burger"_s, 999)));
        const QString after = versionOnDisk();
        QVERIFY(after != before);
        const Run reload = kioskctl({u"config"_s, u"reload"_s});
        QCOMPARE(reload.status, 0);
        QCOMPARE(reload.out.trimmed(), u"config reload requested"_s);
        QTRY_COMPARE_WITH_TIMEOUT(configCheck().value(u"observedValue"_s).toString(), after, WaitMs);
        QCOMPARE(configCheck().value(u"status"_s).toString(), u"pass"_s);
    }

    void badEditIsRejectedWithTheExactMessage()
    {
        const QString inForce = versionOnDisk();
        QVERIFY(test::writeFile(QDir(m_configDir).filePath(u"menu.json"_s),
                                   test::menuWithItemEdit(m_configDir, u"classic_burger"_s, [](QJsonObject &item) {
                                       item.insert(u"category"_s, u"pizzas"_s);
                                   })));
        const test::CheckConfigRun validator = test::checkConfigWithKiosk(m_configDir);
        QCOMPARE(validator.status, 1);
        QCOMPARE(validator.err, u"menu.json: items[0].category: unknown category \"pizzas\""_s);

        QTRY_COMPARE_WITH_TIMEOUT(configCheck().value(u"status"_s).toString(), u"warn"_s, WaitMs);
        QJsonObject check = configCheck();
        QCOMPARE(check.value(u"observedValue"_s).toString(), inForce);
        QCOMPARE(check.value(u"output"_s).toString(),
                 u"new config rejected, still on %1: %2"_s.arg(inForce, validator.err));

        // The same in the human report, and the kiosk as a whole only warns (exit 0).
        const Run human = kioskctl({u"status"_s});
        QCOMPARE(human.status, 0);
        QVERIFY2(human.out.contains(u"warn  config:state"_s) && human.out.contains(validator.err), qPrintable(human.out));

        // And straight from the listener, as a fleet monitor reads it.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/healthz"_s.arg(m_port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/health+json"_s);
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const QJsonObject fromListener =
            health.value(u"checks"_s).toObject().value(u"config:state"_s).toArray().first().toObject();
        QCOMPARE(fromListener.value(u"status"_s).toString(), u"warn"_s);
        QCOMPARE(fromListener.value(u"output"_s).toString(), check.value(u"output"_s).toString());

        // "Reload now" reads the broken files again: still rejected, still on the good one.
        QCOMPARE(kioskctl({u"config"_s, u"reload"_s}).status, 0);
        check = configCheck();
        QCOMPARE(check.value(u"status"_s).toString(), u"warn"_s);
        QCOMPARE(check.value(u"observedValue"_s).toString(), inForce);
    }

    void fixedEditClearsTheWarning()
    {
        QVERIFY(test::writeFile(QDir(m_configDir).filePath(u"menu.json"_s),
                                   test::menuWithItemEdit(m_configDir, u"classic_burger"_s, [](QJsonObject &item) {
                                       item.insert(u"category"_s, u"burgers"_s);
                                       item.insert(u"price_cents"_s, 1049);
                                   })));
        const QString fixed = versionOnDisk();
        QTRY_COMPARE_WITH_TIMEOUT(configCheck().value(u"observedValue"_s).toString(), fixed, WaitMs);
        QCOMPARE(configCheck().value(u"status"_s).toString(), u"pass"_s);
        QVERIFY(m_kiosk.state() == QProcess::Running);
    }
};

QTEST_MAIN(TestReloadKiosk)
#include "tst_reloadkiosk.moc"
