#include "ui/menuschedule.h"

#include "../unit/daypartfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

// Burgers all day, breakfast (pancakes) from 06:00 to 10:30.
Menu breakfastMenu()
{
    return Menu({{QStringLiteral("burgers"), {}, {}},
                 {QStringLiteral("breakfast"), {}, {}, {{EveryDay, QTime(6, 0), QTime(10, 30)}}}},
                {}, {itemIn("burger", "burgers"), itemIn("pancakes", "breakfast")});
}

} // namespace

// The schedule on a clock the test moves: what it computes is checked, and the timer's firing
// is waited for with the clock already past the boundary, so nothing depends on real timing.
class TestMenuSchedule : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_zone{QByteArray("America/Los_Angeles")};
    QDateTime m_now;

    // Wednesday 9 December 2026 in Los Angeles, as UTC.
    QDateTime wed(int hour, int minute, int second = 0, int ms = 0) const
    {
        return QDateTime(QDate(2026, 12, 9), QTime(hour, minute, second, ms), m_zone).toUTC();
    }
    std::unique_ptr<MenuSchedule> schedule()
    {
        auto schedule = std::make_unique<MenuSchedule>([this] { return m_now; });
        schedule->setMenu(breakfastMenu(), m_zone);
        return schedule;
    }

private slots:
    void theTimerTakesBreakfastAwayAtHalfPastTen()
    {
        m_now = wed(10, 29, 59, 950);
        const auto schedule = this->schedule();
        QSignalSpy changed(schedule.get(), &MenuSchedule::changed);
        QVERIFY(schedule->menu().category(QStringLiteral("breakfast")));
        QCOMPARE(schedule->nextChange(), wed(10, 30));
        QCOMPARE(schedule->timerInterval(), 50ms);

        m_now = wed(10, 30); // the 50 ms pass
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!schedule->menu().category(QStringLiteral("breakfast")));
        QVERIFY(!schedule->menu().item(QStringLiteral("pancakes")));
        QVERIFY(schedule->menu().item(QStringLiteral("burger")));
        // Next: 06:00 tomorrow, looked at again within 15 minutes all the same.
        QCOMPARE(schedule->nextChange(), wed(6, 0).addDays(1));
        QCOMPARE(schedule->timerInterval(), std::chrono::milliseconds(MenuSchedule::MaxWait));
    }

    void nothingShownChangedIsNoSignal()
    {
        m_now = wed(10, 29);
        const auto schedule = this->schedule();
        QSignalSpy changed(schedule.get(), &MenuSchedule::changed);
        m_now = wed(10, 29, 30);
        schedule->refresh();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(schedule->timerInterval(), 30s); // re-armed on what is left
        // A new full menu is shown by whoever sets it: no signal either.
        schedule->setMenu(breakfastMenu(), m_zone);
        QCOMPARE(changed.count(), 0);
    }

    void aClockSteppedPastTheBoundaryIsCaughtUpWith()
    {
        m_now = wed(9, 0);
        const auto schedule = this->schedule();
        QSignalSpy changed(schedule.get(), &MenuSchedule::changed);
        QCOMPARE(schedule->timerInterval(), std::chrono::milliseconds(MenuSchedule::MaxWait));
        m_now = wed(11, 0); // NTP stepped the clock by two hours
        schedule->refresh();    // as the capped timer does when it fires
        QCOMPARE(changed.count(), 1);
        QVERIFY(!schedule->menu().category(QStringLiteral("breakfast")));
    }

    void aPauseSellsOutAtOnceAndEndsOnItsOwn()
    {
        m_now = wed(12, 0);
        const auto schedule = this->schedule();
        QSignalSpy changed(schedule.get(), &MenuSchedule::changed);
        schedule->setPausedUntil({{QStringLiteral("burger"), wed(12, 0, 0, 40)}});
        QCOMPARE(changed.count(), 1);
        QVERIFY(!schedule->menu().item(QStringLiteral("burger"))->available);
        QCOMPARE(schedule->timerInterval(), 40ms);

        m_now = wed(12, 0, 0, 40);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 2);
        QVERIFY(schedule->menu().item(QStringLiteral("burger"))->available);
        // A resume that changes nothing any more says nothing.
        schedule->setPausedUntil({});
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMenuSchedule)
#include "tst_menuschedule.moc"
