// The diagnostics Payments page's data on a real kiosk.db: today's figures and the three lists
// read when the page asks, and re-read on the payment worker's changes only while diagnostics
// are unlocked (never on a timer).
#include "storage/database.h"
#include "support/database.h"
#include "support/paymentrows.h"
#include "ui/paymentdiagnostics.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestPaymentDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void readsTodayAndTheListsWhenAsked()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        const QDateTime now(QDate::currentDate(), QTime(12, 0)); // local noon: "today" is stable
        const QString yesterday = test::addCardOrder(*db, now.addDays(-1), "paid");
        test::addAttempt(*db, u"old"_s, yesterday, PaymentStatus::Completed, now.addDays(-1));
        test::setNumberShown(*db, yesterday, now.addDays(-1));
        const QString held = test::addCardOrder(*db, now.addSecs(-200));
        test::addAttempt(*db, u"declined"_s, held, PaymentStatus::Declined, now.addSecs(-200), u"do_not_honor"_s);
        test::addAttempt(*db, u"refused"_s, held, PaymentStatus::Refused, now.addSecs(-190), u"terminal_busy"_s);
        test::addAttempt(*db, u"open"_s, held, PaymentStatus::Pending, now.addSecs(-180));
        const QString paid = test::addCardOrder(*db, now.addSecs(-60), "paid");
        test::addAttempt(*db, u"paid"_s, paid, PaymentStatus::Completed, now.addSecs(-60));

        PaymentDiagnostics page(*db);
        page.setClock([now] { return now; });
        page.setPayment(true, 120);
        page.setCurrency(u"USD"_s);
        QSignalSpy changed(&page, &PaymentDiagnostics::summaryChanged);
        QCOMPARE(page.openAttempts()->rowCount(), 0); // nothing is read before the page asks
        page.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(page.todayCompleted(), 1); // yesterday's is not today's
        QCOMPARE(page.todayCompletedText(), u"$9.73"_s);
        QCOMPARE(page.todayDeclined(), 1);
        QCOMPARE(page.todayCanceled(), 1); // refused: nothing charged
        QCOMPARE(page.openAttempts()->rowCount(), 1);
        QCOMPARE(page.openAttempts()->data(page.openAttempts()->index(0), PaymentAttemptListModel::OverdueRole), true);
        QCOMPARE(page.numberNotShown()->rowCount(), 1);
        QCOMPARE(page.notTaken()->rowCount(), 0);

        // The worker records a change: re-read only while diagnostics are unlocked.
        test::setNotTaken(*db, paid, u"order_not_held"_s);
        page.paymentsChanged();
        QCOMPARE(page.notTaken()->rowCount(), 0);
        page.setWatching(true);
        page.paymentsChanged();
        QCOMPARE(page.notTaken()->rowCount(), 1);
        QCOMPARE(page.numberNotShown()->rowCount(), 0); // refunded, not handed over
    }

    void checkNowAsksTheService()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        PaymentDiagnostics page(*db);
        page.checkNow(); // no service: nothing happens
        int asked = 0;
        page.setCheckNowAction([&asked] { ++asked; });
        page.checkNow();
        QCOMPARE(asked, 1);
    }
};

QTEST_GUILESS_MAIN(TestPaymentDiagnostics)
#include "tst_paymentdiagnostics.moc"
