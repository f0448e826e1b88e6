// Salvaging a damaged kiosk.db walks its outbox row by row. The walk's length must not come
// from the damaged file: a file that claims an outbox sequence near 2^62 (in sqlite_sequence, or
// in a damaged max(seq)) used to make start-up probe every number up to it, that is forever.
#include "storage/salvage.h"
#include "support/database.h"
#include "support/files.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kiosk;

class TestSalvageBound : public QObject
{
    Q_OBJECT

private slots:
    void hugeClaimedSequenceDoesNotBoundTheWalk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"kiosk.db"_s);
        constexpr int Entries = 40;
        test::makeDatabase(path, Entries, QDateTime::currentDateTimeUtc());
        QVERIFY(test::openDb(path)->exec("UPDATE sqlite_sequence SET seq = 4611686018427387904 WHERE name = 'outbox'"));
        const QList<qint64> leaves = test::outboxLeafPages(path);
        QVERIFY(leaves.size() >= 4);
        // The last leaf is gone too, so the walk past the last readable row is on its own.
        test::overwrite(path, (leaves.at(leaves.size() / 2) - 1) * 4096, 4096, '\0');
        test::overwrite(path, (leaves.last() - 1) * 4096, 4096, '\0');

        auto fresh = test::openDb(dir.filePath(u"fresh.db"_s));
        Salvage salvage;
        QElapsedTimer timer;
        timer.start();
        QThread *walk = QThread::create([&] {
            salvage = salvageDamagedFile(path, dir.filePath(u"scratch.db"_s), *fresh);
        });
        walk->start();
        if (!walk->wait(30000))
            qFatal("the salvage walk did not end in 30 s: it follows the number the damaged file claims");
        delete walk;
        qInfo("salvage took %lld ms: %d pending, %d unreadable", qint64(timer.elapsed()), salvage.pending,
              salvage.unreadable);
        QVERIFY2(salvage.error.isEmpty(), qPrintable(salvage.error));
        QVERIFY(salvage.pending > Entries / 2 && salvage.pending < Entries);
        QVERIFY(salvage.unreadable > 0);
        // New entries continue after every seq ever used, but not at a claimed 2^62, where
        // AUTOINCREMENT would soon fail every new order.
        QVERIFY(salvage.maxSeq >= Entries - 1);
        QVERIFY(salvage.maxSeq <= (qint64(1) << 53));
        QString error;
        QVERIFY2(writeSalvage(*fresh, salvage, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSalvageBound)
#include "tst_salvagebound.moc"
