// quick_check reads the whole file, so it is not on the start path any more: a database with a
// damaged page deep in its outbox opens at once (the header and schema are sound), the health
// probe's full check after start finds the damage and reports it like its periodic check, and
// remembers it, so the next start moves the file aside and salvages it.
#include "health/healthprobe.h"
#include "storage/recovery.h"
#include "support/database.h"
#include "support/files.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

class TestDeferredDbCheck : public QObject
{
    Q_OBJECT

private slots:
    void damageDeepInTheFileIsFoundAfterStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"kiosk.db"_s);
        test::makeDatabase(path, 40, QDateTime::currentDateTimeUtc());
        const QList<qint64> leaves = test::outboxLeafPages(path);
        QVERIFY(leaves.size() >= 4);
        test::overwrite(path, (leaves.at(leaves.size() / 2) - 1) * 4096, 4096, '\0');

        // Start: nothing before the first frame reads the damaged page.
        QString error;
        QVERIFY(!recoverDamagedDatabase(path, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!QFile::exists(damageMarkerPath(path)));

        // After start, on the probe's thread: the full check fails sqlite:integrity ...
        HealthProbe probe(path, 3600 * 1000, 0);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"the next start rebuilds it"_s));
        probe.start();
        const ProbeSample sample = probe.sample(QDateTime::currentDateTimeUtc());
        QCOMPARE(sample.integrity, ProbeSample::Integrity::Failed);
        QVERIFY2(sample.integrityDetail.startsWith(u"quick_check"_s), qPrintable(sample.integrityDetail));
        // ... and the next start rebuilds the file, salvaging what it can.
        QVERIFY(QFile::exists(damageMarkerPath(path)));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"is damaged"_s));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"The database was damaged"_s));
        const auto recovery = recoverDamagedDatabase(path, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(recovery, qPrintable(error));
        QVERIFY(recovery->pendingRecovered > 20 && recovery->unreadableRows > 0);
        QVERIFY(!QFile::exists(damageMarkerPath(path)));
    }

    // A remembered damage that a full check no longer finds (the file was restored from a
    // backup) leaves the file alone.
    void staleMarkerIsDropped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"kiosk.db"_s);
        test::makeDatabase(path, 5, QDateTime::currentDateTimeUtc());
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"the next start rebuilds it"_s));
        rememberDamage(path, u"quick_check: page 7 is never used"_s);
        QString error;
        QVERIFY(!recoverDamagedDatabase(path, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFile::exists(damageMarkerPath(path)));
    }
};

QTEST_GUILESS_MAIN(TestDeferredDbCheck)
#include "tst_deferreddbcheck.moc"
