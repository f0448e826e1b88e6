// The diagnostics Printer page's data: the printer's state as the print service reports it,
// the failed tickets and the last orders (read from a real kiosk.db when the page asks), both
// lists under QAbstractItemModelTester; staff's actions are signals, sent only while unlocked.
#include "modelspies.h"
#include "storage/database.h"
#include "support/database.h"
#include "support/orderbuilder.h"
#include "ui/printerdiagnostics.h"

#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestPrinterDiagnostics : public QObject
{
    Q_OBJECT

private:
    static PrinterStatus status(PrinterStatus::State state, bool nearEnd = false)
    {
        return {state, nearEnd, u"detail"_s, QDateTime(QDate(2026, 3, 14), QTime(11, 30, 5), Qt::UTC)};
    }

private slots:
    void showsTheStateTheServiceReports()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        PrinterDiagnostics page(*db);
        QVERIFY(!page.configured());
        QCOMPARE(page.stateCode(), u"not_configured"_s);
        QCOMPARE(page.badge(), HealthCheckListModel::Status::Unknown);
        QCOMPARE(page.checkedText(), QString());

        QSignalSpy changed(&page, &PrinterDiagnostics::statusChanged);
        page.setPrinterStatus(status(PrinterStatus::State::Ready));
        QCOMPARE(changed.size(), 1);
        QVERIFY(page.configured());
        QCOMPARE(page.stateCode(), u"ready"_s);
        QCOMPARE(page.badge(), HealthCheckListModel::Status::Pass);
        QCOMPARE(page.detail(), u"detail"_s);
        QCOMPARE(page.checkedText(), QDateTime(QDate(2026, 3, 14), QTime(11, 30, 5), Qt::UTC)
                                         .toLocalTime().toString(u"HH:mm:ss"));
        page.setPrinterStatus(status(PrinterStatus::State::Ready));
        QCOMPARE(changed.size(), 1); // the same answer again: no churn on every poll

        page.setPrinterStatus(status(PrinterStatus::State::Ready, true));
        QVERIFY(page.paperNearEnd());
        QCOMPARE(page.badge(), HealthCheckListModel::Status::Warn);
        for (const auto state : {PrinterStatus::State::PaperOut, PrinterStatus::State::CoverOpen,
                                 PrinterStatus::State::Unreachable, PrinterStatus::State::Error}) {
            page.setPrinterStatus(status(state));
            QCOMPARE(page.badge(), HealthCheckListModel::Status::Fail);
        }
        page.setPrinterStatus(status(PrinterStatus::State::PaperOut));
        QCOMPARE(page.stateCode(), u"paper_out"_s);
        page.setPrinterStatus(status(PrinterStatus::State::Unknown));
        QCOMPARE(page.badge(), HealthCheckListModel::Status::Unknown);
    }

    void listsFailedTicketsNewestFirst()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        PrinterDiagnostics page(*db);
        FailedTicketListModel *model = page.failedTickets();
        test::ModelSpies spies(model);
        const QDateTime t0(QDate(2026, 3, 14), QTime(11, 0), Qt::UTC);
        const FailedTicket older{u"id-1"_s, u"K1-041"_s, t0, t0.addSecs(120), 13, u"paper out"_s};
        const FailedTicket test1{{}, u"test"_s, t0.addSecs(60), t0.addSecs(180), 13, u"cover open"_s};
        const FailedTicket test2{{}, u"test"_s, t0.addSecs(70), t0.addSecs(190), 12, u"cover open"_s};
        page.setFailedTickets({older, test1, test2});
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(test::ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 2}}));
        const QModelIndex top = model->index(0);
        QCOMPARE(top.data(FailedTicketListModel::LabelRole), u"test"_s);
        QCOMPARE(top.data(FailedTicketListModel::TestTicketRole), true);
        QCOMPARE(top.data(FailedTicketListModel::AttemptsRole), 12);
        QCOMPARE(top.data(FailedTicketListModel::GaveUpTextRole),
                 t0.addSecs(190).toLocalTime().toString(u"HH:mm:ss"));
        const QModelIndex last = model->index(2);
        QCOMPARE(last.data(FailedTicketListModel::OrderIdRole), u"id-1"_s);
        QCOMPARE(last.data(FailedTicketListModel::TestTicketRole), false);
        QCOMPARE(last.data(FailedTicketListModel::QueuedTextRole), t0.toLocalTime().toString(u"HH:mm:ss"));
        QCOMPARE(last.data(FailedTicketListModel::LastErrorRole), u"paper out"_s);

        // Staff reprinted the order: it leaves, the two test tickets stay where they were.
        spies.clear();
        page.setFailedTickets({test1, test2});
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(test::ModelSpies::ranges(spies.removed), (QList<QList<int>>{{2, 2}}));
        QCOMPARE(model->rowCount(), 2);
    }

    void readsTheLastOrdersWhenAsked()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        const QDateTime now(QDate::currentDate(), QTime(12, 0)); // local noon: "today" is stable
        const qint64 yesterday = test::commitOrder(*db, test::burgerOrder(now.addDays(-1).toUTC(), 2));
        QVERIFY(yesterday > 0);
        for (int i = 0; i < PrinterDiagnostics::RecentLimit; ++i)
            test::commitOrder(*db, test::burgerOrder(now.addSecs(-600 + 60 * i).toUTC()));

        PrinterDiagnostics page(*db);
        page.setClock([now] { return now; });
        page.setCurrency(u"USD"_s);
        RecentOrderListModel *model = page.recentOrders();
        test::ModelSpies spies(model);
        QCOMPARE(model->rowCount(), 0); // nothing is read before the page asks
        page.refresh();
        QCOMPARE(model->rowCount(), PrinterDiagnostics::RecentLimit);
        const QModelIndex newest = model->index(0);
        QCOMPARE(newest.data(RecentOrderListModel::OrderNumberRole), u"T-011"_s);
        QCOMPARE(newest.data(RecentOrderListModel::TimeTextRole), u"11:59"_s);
        QCOMPARE(newest.data(RecentOrderListModel::TotalTextRole), u"$9.73"_s);
        QCOMPARE(newest.data(RecentOrderListModel::PaymentStateRole), QString());
        QVERIFY(!newest.data(RecentOrderListModel::OrderIdRole).toString().isEmpty());
        QCOMPARE(model->index(9).data(RecentOrderListModel::OrderNumberRole), u"T-002"_s);

        // Ten at most: yesterday's shows (with its date) once fewer orders are asked for.
        test::commitOrder(*db, test::burgerOrder(now.toUTC()));
        spies.clear();
        page.refresh();
        QCOMPARE(model->rowCount(), PrinterDiagnostics::RecentLimit);
        QCOMPARE(model->index(0).data(RecentOrderListModel::OrderNumberRole), u"T-012"_s);
        QVERIFY(spies.reset.isEmpty()); // one in at the top, one out at the bottom
        QCOMPARE(test::ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 0}}));
        QCOMPARE(test::ModelSpies::ranges(spies.removed), (QList<QList<int>>{{9, 9}}));

        RecentOrderListModel older;
        test::ModelSpies olderSpies(&older);
        older.setOrders(OrderStore(*db).recent(20), now.date(), u"USD"_s);
        const QModelIndex first = older.index(older.rowCount() - 1);
        QCOMPARE(first.data(RecentOrderListModel::OrderNumberRole), u"T-001"_s);
        QCOMPARE(first.data(RecentOrderListModel::TimeTextRole), now.addDays(-1).toString(u"yyyy-MM-dd HH:mm"));
        QCOMPARE(first.data(RecentOrderListModel::TotalTextRole), u"$19.46"_s);
    }

    void actionsAreSignalsWhileUnlocked()
    {
        QTemporaryDir dir;
        auto db = test::openDb(dir.filePath(u"kiosk.db"_s));
        PrinterDiagnostics page(*db);
        QSignalSpy test(&page, &PrinterDiagnostics::testPrintRequested);
        QSignalSpy reprint(&page, &PrinterDiagnostics::reprintRequested);
        QSignalSpy check(&page, &PrinterDiagnostics::checkRequested);
        page.setPrinterStatus(status(PrinterStatus::State::Ready));

        // Locked: nothing goes out.
        QVERIFY(!page.testPrint());
        QVERIFY(!page.reprint(u"K1-042"_s));
        QVERIFY(!page.checkNow());

        page.setUnlocked(true);
        QVERIFY(page.testPrint());
        QVERIFY(page.reprint(u"K1-042"_s));
        QVERIFY(!page.reprint(QString()));
        QVERIFY(page.checkNow());
        QCOMPARE(test.size(), 1);
        QCOMPARE(reprint.size(), 1);
        QCOMPARE(reprint.first().first().toString(), u"K1-042"_s);
        QCOMPARE(check.size(), 1);

        // No printer: nothing to ask.
        page.setPrinterStatus({});
        QVERIFY(!page.testPrint());
        QVERIFY(!page.reprint(u"K1-042"_s));
        QVERIFY(!page.checkNow());
        QCOMPARE(test.size() + reprint.size() + check.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPrinterDiagnostics)
#include "tst_printerdiagnostics.moc"
