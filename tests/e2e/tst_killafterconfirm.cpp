// A number on screen means a saved order: the checkout process is SIGKILLed the moment it
// reports a number, and the order must then be in SQLite, with its lines and its outbox entry.
#include "storage/database.h"
#include "storage/orderstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

class TestKillAfterConfirm : public QObject
{
    Q_OBJECT

private slots:
    void confirmedOrdersSurviveSigkill()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        const QString configDir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
        QStringList numbers;
        for (int round = 0; round < 5; ++round) {
            QProcess child;
            child.start(QStringLiteral(CHECKOUT_CHILD), {configDir, dataDir.path()});
            QVERIFY(child.waitForStarted());
            QString line;
            while (!line.contains(QLatin1Char('\n'))) {
                QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
                line += QString::fromUtf8(child.readAllStandardOutput());
            }
            child.kill(); // SIGKILL: no destructors, no clean close of the database
            QVERIFY(child.waitForFinished());
            QVERIFY(line.startsWith(QLatin1String("CONFIRMED ")));
            numbers.append(line.mid(10).trimmed());
        }
        QCOMPARE(numbers, (QStringList{QStringLiteral("K1-001"), QStringLiteral("K1-002"),
                                       QStringLiteral("K1-003"), QStringLiteral("K1-004"),
                                       QStringLiteral("K1-005")}));

        QString error;
        auto db = Database::open(dataDir.filePath(QStringLiteral("kiosk.db")), &error);
        QVERIFY2(db, qPrintable(error));
        OrderStore store(*db);
        QCOMPARE(store.orderCount(), numbers.size());
        for (const QString &number : numbers) {
            const std::optional<Order> order = store.findByNumber(number);
            QVERIFY2(order, qPrintable(number));
            QCOMPARE(order->lines.size(), 1);
            QCOMPARE(order->lines.first().quantity, 2);
            QVERIFY(order->totals.total > order->totals.subtotal);
            Statement outbox = db->prepare("SELECT state FROM outbox WHERE key = ?1");
            outbox.bind(1, order->id.toString(QUuid::WithoutBraces));
            QVERIFY(outbox.next());
            QCOMPARE(outbox.text(0), QStringLiteral("pending"));
        }
    }
};

QTEST_GUILESS_MAIN(TestKillAfterConfirm)
#include "tst_killafterconfirm.moc"
