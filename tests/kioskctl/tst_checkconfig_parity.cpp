// `kiosk --check-config DIR` and `kioskctl config validate DIR`, both as the real built
// executables, on every case of tests/data/broken-configs (laid over the minimal config, as
// tst_configvalidation does) and on the sample store: the same messages, the same exit status.
#include "support/brokenconfigs.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

// One command run to its end.
Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(5000) || !process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s did not finish", qPrintable(program));
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run kioskCheck(const QString &dir)
{
    return run(QStringLiteral(KIOSK_BIN), {u"--check-config"_s, dir});
}

Run ctlValidate(const QString &dir)
{
    return run(QStringLiteral(KIOSKCTL_BIN), {u"config"_s, u"validate"_s, dir});
}

} // namespace

class TestCheckConfigParity : public QObject
{
    Q_OBJECT

private slots:
    void sampleStorePassesBoth()
    {
        const QString dir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
        const Run kiosk = kioskCheck(dir);
        const Run ctl = ctlValidate(dir);
        QCOMPARE(kiosk.err, QString());
        QCOMPARE(kiosk.out, u"%1: OK (9 categories, 51 items)\n"_s.arg(dir));
        QCOMPARE(kiosk.status, 0);
        QCOMPARE(ctl.err, kiosk.err);
        QCOMPARE(ctl.out, kiosk.out);
        QCOMPARE(ctl.status, 0);
    }

    void brokenConfigsFailBothAlike_data()
    {
        QTest::addColumn<QString>("caseDir");
        for (const QString &name : brokenConfigNames())
            QTest::newRow(qPrintable(name)) << QDir(brokenConfigsDir()).filePath(name);
        if (brokenConfigNames().isEmpty())
            QTest::newRow("no cases") << QString(); // fails below rather than crashing QFETCH
    }

    void brokenConfigsFailBothAlike()
    {
        QFETCH(QString, caseDir);
        QVERIFY2(!caseDir.isEmpty(), "no cases in tests/data/broken-configs");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(layBrokenConfig(caseDir, dir.path()));

        const Run kiosk = kioskCheck(dir.path());
        const Run ctl = ctlValidate(dir.path());
        QCOMPARE(kiosk.err.split(u'\n', Qt::SkipEmptyParts), readLines(caseDir + u"/expected.txt"_s));
        QCOMPARE(ctl.err, kiosk.err);
        QCOMPARE(kiosk.out, QString());
        QCOMPARE(ctl.out, QString());
        QCOMPARE(kiosk.status, 1);
        QCOMPARE(ctl.status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckConfigParity)
#include "tst_checkconfig_parity.moc"
