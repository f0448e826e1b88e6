// The health probe's periodic cheap database check (quick_check(1) every integrity interval)
// finds damage that happens while the kiosk runs, on pages nothing else reads: the outbox's
// request bodies, which the probe's own outbox counts never touch (they use an index).
#include "health/healthprobe.h"
#include "support/database.h"
#include "support/files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

class TestPeriodicDbCheck : public QObject
{
    Q_OBJECT

private slots:
    void findsDamageAfterTheStartCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"kiosk.db"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::makeDatabase(path, 40, now);
        const QList<qint64> leaves = test::outboxLeafPages(path);
        QVERIFY(leaves.size() >= 4);

        // The kiosk's writer keeps the file open, as in production.
        auto writer = test::openDb(path);
        HealthProbe probe(path, 3600 * 1000, 100);
        probe.start();
        ProbeSample sample = probe.sample(QDateTime::currentDateTimeUtc());
        QCOMPARE(sample.integrity, ProbeSample::Integrity::Ok);
        QVERIFY(sample.outboxRead);
        QCOMPARE(sample.pending, 40);

        // A bad sector in the middle of the bodies, long after the start-up check.
        test::overwrite(path, (leaves.at(leaves.size() / 2) - 1) * 4096, 4096, '\0');
        sample = probe.sample(QDateTime::currentDateTimeUtc());
        QVERIFY(sample.outboxRead); // the counts alone cannot see it

        QTRY_COMPARE_WITH_TIMEOUT(probe.sample(QDateTime::currentDateTimeUtc()).integrity,
                                  ProbeSample::Integrity::Failed, 10000);
        sample = probe.sample(QDateTime::currentDateTimeUtc());
        QVERIFY2(sample.integrityDetail.startsWith(u"quick_check"_s), qPrintable(sample.integrityDetail));
        QVERIFY(sample.integrityAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPeriodicDbCheck)
#include "tst_periodicdbcheck.moc"
