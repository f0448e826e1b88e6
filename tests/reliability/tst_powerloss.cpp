// Power-loss style: while the real checkout code (torture_child) commits orders, it is frozen
// (SIGSTOP) at random moments and its database files (kiosk.db and kiosk.db-wal, as they are
// at that instant, a commit possibly half written) are copied, then it runs on (SIGCONT). Each
// copy must open, pass integrity_check, and hold every order confirmed before the copy, with
// its lines and its outbox entry.
#include "sqliteread.h"
#include "torturefixture.h"

#include "storage/database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace torture;

class PowerLoss : public QObject
{
    Q_OBJECT

private slots:
    void everyCopyOpensWithEveryConfirmedOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(QStringLiteral("store"));
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeStore(store, freePort())); // no backend: every order stays in the outbox
        const quint32 seed = torture::seed();
        qInfo("KIOSK_TORTURE_SEED=%u", seed);
        QRandomGenerator random(seed);

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(TORTURE_CHILD), {store, data});
        QVERIFY(child.waitForStarted(5000));
        const pid_t pid = pid_t(child.processId());
        QByteArray pending;
        QList<Confirmed> confirmed;
        // Copies start once the database exists and holds an order; the guard only stops a hang.
        QElapsedTimer starting;
        starting.start();
        while (confirmed.isEmpty() && starting.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            confirmed += readConfirmed(child, &pending);
        }
        QVERIFY2(!confirmed.isEmpty(), "the child confirmed no order");
        const qsizetype confirmedBefore = confirmed.size();
        const int snapshots = rounds(40, 500);
        int checkedOrders = 0;
        for (int n = 0; n < snapshots; ++n) {
            QTest::qWait(random.bounded(20, 250));
            ::kill(pid, SIGSTOP);
            // Whatever it printed before it stopped is in the pipe now.
            while (child.waitForReadyRead(50))
                confirmed += readConfirmed(child, &pending);
            confirmed += readConfirmed(child, &pending);
            const QString copy = dir.filePath(QStringLiteral("copy-%1").arg(n));
            QDir().mkpath(copy);
            QVERIFY(QFile::copy(data + QStringLiteral("/kiosk.db"), copy + QStringLiteral("/kiosk.db")));
            if (QFile::exists(data + QStringLiteral("/kiosk.db-wal")))
                QVERIFY(QFile::copy(data + QStringLiteral("/kiosk.db-wal"), copy + QStringLiteral("/kiosk.db-wal")));
            ::kill(pid, SIGCONT);

            // The copy as the kiosk would find it after the power came back.
            QString error;
            const std::unique_ptr<kiosk::Database> db = kiosk::Database::open(copy + QStringLiteral("/kiosk.db"), &error);
            QVERIFY2(db, qPrintable(QStringLiteral("copy %1: %2").arg(n).arg(error)));
            QCOMPARE(column(copy + QStringLiteral("/kiosk.db"), "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
            const QStringList orders = column(copy + QStringLiteral("/kiosk.db"),
                "SELECT o.id FROM orders o JOIN outbox b ON b.key = o.id "
                "WHERE EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)", &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QSet<QString> saved(orders.cbegin(), orders.cend());
            for (const Confirmed &order : std::as_const(confirmed)) {
                QVERIFY2(saved.contains(order.id),
                         qPrintable(QStringLiteral("copy %1 lacks confirmed order %2").arg(n).arg(order.number)));
            }
            checkedOrders += int(confirmed.size());
            QDir(copy).removeRecursively();
        }
        child.kill();
        child.waitForFinished(5000);
        // Copies taken of an idle database would prove little: orders were committed meanwhile.
        QVERIFY2(confirmed.size() > confirmedBefore, "no order was confirmed while copies were taken");
        qInfo("%d copies taken mid-run: each opened, passed integrity_check and held all of the "
              "%lld orders confirmed before it (%d order checks)", snapshots, qlonglong(confirmed.size()), checkedOrders);
    }
};

TORTURE_TEST_MAIN(PowerLoss)
#include "tst_powerloss.moc"
