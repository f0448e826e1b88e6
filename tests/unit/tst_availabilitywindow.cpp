#include "domain/availabilitywindow.h"

#include <QTest>

using namespace kiosk;

namespace {

const QList<Qt::DayOfWeek> EveryDay = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                       Qt::Friday, Qt::Saturday, Qt::Sunday};

AvailabilityWindow window(QList<Qt::DayOfWeek> days, QTime from, QTime to)
{
    return AvailabilityWindow{std::move(days), from, to};
}

QDateTime utc(int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class TestAvailabilityWindow : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_newYork{QByteArray("America/New_York")};
    const QTimeZone m_losAngeles{QByteArray("America/Los_Angeles")};

    // A wall-clock time in Los Angeles (December 2026: PST, UTC-8) as the UTC instant.
    QDateTime la(int day, int hour, int minute = 0, int second = 0) const
    {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), m_losAngeles).toUTC();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_newYork.isValid());
        QVERIFY(m_losAngeles.isValid());
        QCOMPARE(QDate(2026, 12, 7).dayOfWeek(), int(Qt::Monday));
    }

    void noWindowsIsAlwaysOpenAndNeverChanges()
    {
        QVERIFY(isOpenAt({}, la(7, 3), m_losAngeles));
        QCOMPARE(nextChangeAfter({}, la(7, 3), m_losAngeles), std::nullopt);
    }

    void fromIsInsideAndToIsOutside()
    {
        const QList<AvailabilityWindow> breakfast = {window(EveryDay, QTime(6, 0), QTime(10, 30))};
        QVERIFY(!isOpenAt(breakfast, la(7, 5, 59, 59), m_losAngeles));
        QVERIFY(isOpenAt(breakfast, la(7, 6, 0), m_losAngeles));
        QVERIFY(isOpenAt(breakfast, la(7, 10, 29, 59), m_losAngeles));
        QVERIFY(!isOpenAt(breakfast, la(7, 10, 30), m_losAngeles));
        // Read on the store's clock, not UTC's: 06:00 in Los Angeles is 14:00 UTC.
        QCOMPARE(la(7, 6, 0), utc(12, 7, 14));
        QVERIFY(!isOpenAt(breakfast, utc(12, 7, 6), m_losAngeles));
    }

    void onlyTheListedDays()
    {
        const QList<AvailabilityWindow> weekdays = {
                window({Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                       QTime(11, 0), QTime(14, 0))};
        QVERIFY(isOpenAt(weekdays, la(7, 12), m_losAngeles));   // Monday
        QVERIFY(isOpenAt(weekdays, la(11, 12), m_losAngeles));  // Friday
        QVERIFY(!isOpenAt(weekdays, la(12, 12), m_losAngeles)); // Saturday
        QVERIFY(!isOpenAt(weekdays, la(13, 12), m_losAngeles)); // Sunday
    }

    void anyOfSeveralWindows()
    {
        const QList<AvailabilityWindow> windows = {window({Qt::Monday}, QTime(6, 0), QTime(8, 0)),
                                                   window({Qt::Monday}, QTime(17, 0), QTime(19, 0))};
        QVERIFY(isOpenAt(windows, la(7, 7), m_losAngeles));
        QVERIFY(!isOpenAt(windows, la(7, 12), m_losAngeles));
        QVERIFY(isOpenAt(windows, la(7, 18), m_losAngeles));
        QCOMPARE(nextChangeAfter(windows, la(7, 9), m_losAngeles), la(7, 17));
    }

    // fri 22:00-02:00 belongs to Friday: it covers Saturday 01:00, not Friday 01:00.
    void pastMidnightBelongsToTheDayItStartsOn()
    {
        const QList<AvailabilityWindow> late = {window({Qt::Friday}, QTime(22, 0), QTime(2, 0))};
        QVERIFY(!isOpenAt(late, la(11, 21, 59), m_losAngeles));
        QVERIFY(isOpenAt(late, la(11, 22, 0), m_losAngeles));
        QVERIFY(isOpenAt(late, la(11, 23, 59, 59), m_losAngeles));
        QVERIFY(isOpenAt(late, la(12, 0, 0), m_losAngeles));
        QVERIFY(isOpenAt(late, la(12, 1, 0), m_losAngeles));
        QVERIFY(!isOpenAt(late, la(12, 2, 0), m_losAngeles));
        QVERIFY(!isOpenAt(late, la(11, 1, 0), m_losAngeles)); // Thursday night is not listed
        QVERIFY(!isOpenAt(late, la(12, 23, 0), m_losAngeles)); // nor is Saturday
        QCOMPARE(nextChangeAfter(late, la(11, 12), m_losAngeles), la(11, 22));
        QCOMPARE(nextChangeAfter(late, la(11, 22), m_losAngeles), la(12, 2));
        QCOMPARE(nextChangeAfter(late, la(12, 2), m_losAngeles), la(18, 22)); // next Friday
    }

    void endingAtMidnight()
    {
        const QList<AvailabilityWindow> evening = {window({Qt::Monday}, QTime(18, 0), QTime(0, 0))};
        QVERIFY(isOpenAt(evening, la(7, 23, 59, 59), m_losAngeles));
        QVERIFY(!isOpenAt(evening, la(8, 0, 0), m_losAngeles));
        QCOMPARE(nextChangeAfter(evening, la(7, 19), m_losAngeles), la(8, 0));
    }

    void nextChangeIsStrictlyAfter()
    {
        const QList<AvailabilityWindow> breakfast = {window(EveryDay, QTime(6, 0), QTime(10, 30))};
        QCOMPARE(nextChangeAfter(breakfast, la(7, 3), m_losAngeles), la(7, 6));
        QCOMPARE(nextChangeAfter(breakfast, la(7, 6), m_losAngeles), la(7, 10, 30));
        QCOMPARE(nextChangeAfter(breakfast, la(7, 10, 30), m_losAngeles), la(8, 6));
        QCOMPARE(nextChangeAfter(breakfast, la(7, 3), m_losAngeles)->timeSpec(), Qt::UTC);
    }

    void nextChangeAWeekAhead()
    {
        const QList<AvailabilityWindow> mondays = {window({Qt::Monday}, QTime(6, 0), QTime(7, 0))};
        QCOMPARE(nextChangeAfter(mondays, la(7, 8), m_losAngeles), la(14, 6));
    }

    void windowsCoveringTheWholeWeekNeverChange()
    {
        const QList<AvailabilityWindow> always = {window(EveryDay, QTime(0, 0), QTime(12, 0)),
                                                  window(EveryDay, QTime(12, 0), QTime(0, 0))};
        QVERIFY(isOpenAt(always, la(9, 12), m_losAngeles));
        QVERIFY(isOpenAt(always, la(9, 0), m_losAngeles));
        QCOMPARE(nextChangeAfter(always, la(9, 12), m_losAngeles), std::nullopt);
    }

    // New York springs forward on Sunday 2026-03-08 at 02:00 EST (07:00 UTC) to 03:00 EDT.
    void aWallClockStartHoldsAcrossSpringForward()
    {
        const QList<AvailabilityWindow> breakfast = {window(EveryDay, QTime(6, 0), QTime(10, 30))};
        // Saturday 06:00 EST is 11:00 UTC; Sunday 06:00 EDT is 10:00 UTC.
        QVERIFY(!isOpenAt(breakfast, utc(3, 7, 10, 59), m_newYork));
        QVERIFY(isOpenAt(breakfast, utc(3, 7, 11), m_newYork));
        QVERIFY(!isOpenAt(breakfast, utc(3, 8, 9, 59), m_newYork));
        QVERIFY(isOpenAt(breakfast, utc(3, 8, 10), m_newYork));
        QCOMPARE(nextChangeAfter(breakfast, utc(3, 7, 16), m_newYork), utc(3, 8, 10));
        QCOMPARE(nextChangeAfter(breakfast, utc(3, 8, 10), m_newYork), utc(3, 8, 14, 30));
    }

    // 02:00-02:59 does not exist that night: a window starting at 02:30 opens when the clock
    // jumps past it, at 03:00 EDT.
    void aStartInsideTheSkippedHourOpensAtTheJump()
    {
        const QList<AvailabilityWindow> night = {window({Qt::Sunday}, QTime(2, 30), QTime(4, 0))};
        QVERIFY(!isOpenAt(night, utc(3, 8, 6, 59, 59), m_newYork)); // 01:59:59 EST
        QVERIFY(isOpenAt(night, utc(3, 8, 7), m_newYork));          // 03:00 EDT
        QCOMPARE(nextChangeAfter(night, utc(3, 8, 5), m_newYork), utc(3, 8, 7));
        QCOMPARE(nextChangeAfter(night, utc(3, 8, 7), m_newYork), utc(3, 8, 8)); // 04:00 EDT
        // A window that ends inside the skipped hour closes at the jump.
        const QList<AvailabilityWindow> early = {window({Qt::Sunday}, QTime(1, 0), QTime(2, 30))};
        QVERIFY(isOpenAt(early, utc(3, 8, 6, 59, 59), m_newYork));
        QCOMPARE(nextChangeAfter(early, utc(3, 8, 6), m_newYork), utc(3, 8, 7));
    }

    // New York falls back on Sunday 2026-11-01 at 02:00 EDT (06:00 UTC) to 01:00 EST.
    void aWallClockStartHoldsAcrossFallBack()
    {
        const QList<AvailabilityWindow> breakfast = {window(EveryDay, QTime(6, 0), QTime(10, 30))};
        QVERIFY(isOpenAt(breakfast, utc(10, 31, 10), m_newYork));  // 06:00 EDT
        QVERIFY(!isOpenAt(breakfast, utc(11, 1, 10), m_newYork));  // 05:00 EST
        QVERIFY(isOpenAt(breakfast, utc(11, 1, 11), m_newYork));   // 06:00 EST
        QCOMPARE(nextChangeAfter(breakfast, utc(10, 31, 16), m_newYork), utc(11, 1, 11));
    }

    // 01:00-01:59 happens twice that night, and so does a window inside it.
    void theRepeatedHourOpensTwice()
    {
        const QList<AvailabilityWindow> small = {window({Qt::Sunday}, QTime(1, 0), QTime(1, 30))};
        QVERIFY(isOpenAt(small, utc(11, 1, 5, 15), m_newYork));  // 01:15 EDT
        QVERIFY(!isOpenAt(small, utc(11, 1, 5, 45), m_newYork)); // 01:45 EDT
        QVERIFY(isOpenAt(small, utc(11, 1, 6, 15), m_newYork));  // 01:15 EST
        QCOMPARE(nextChangeAfter(small, utc(11, 1, 4), m_newYork), utc(11, 1, 5));
        QCOMPARE(nextChangeAfter(small, utc(11, 1, 5), m_newYork), utc(11, 1, 5, 30));
        QCOMPARE(nextChangeAfter(small, utc(11, 1, 5, 30), m_newYork), utc(11, 1, 6));
        QCOMPARE(nextChangeAfter(small, utc(11, 1, 6), m_newYork), utc(11, 1, 6, 30));
    }

    void pastMidnightAcrossFallBack()
    {
        // Saturday 22:00 EDT to Sunday 02:00 EST: five hours on the clock that night.
        const QList<AvailabilityWindow> late = {window({Qt::Saturday}, QTime(22, 0), QTime(2, 0))};
        QVERIFY(isOpenAt(late, utc(11, 1, 2), m_newYork));       // 22:00 EDT
        QVERIFY(isOpenAt(late, utc(11, 1, 6, 30), m_newYork));   // 01:30 EST
        QVERIFY(!isOpenAt(late, utc(11, 1, 7), m_newYork));      // 02:00 EST
        QCOMPARE(nextChangeAfter(late, utc(11, 1, 2), m_newYork), utc(11, 1, 7));
    }

    void anInstantInAnotherZoneIsTheSameInstant()
    {
        const QList<AvailabilityWindow> breakfast = {window(EveryDay, QTime(6, 0), QTime(10, 30))};
        const QDateTime inNewYork = la(7, 6).toTimeZone(m_newYork); // 09:00 in New York
        QVERIFY(isOpenAt(breakfast, inNewYork, m_losAngeles));
    }
};

QTEST_APPLESS_MAIN(TestAvailabilityWindow)
#include "tst_availabilitywindow.moc"
