// pauseUntil: one hour and four hours of elapsed time; "until the store's next day" on the
// store's wall clock, across midnight and both daylight-saving changes of America/New_York.
#include "domain/pauseduration.h"

#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

const QTimeZone NewYork("America/New_York");

} // namespace

class TestPauseDuration : public QObject
{
    Q_OBJECT

private slots:
    void hoursAreElapsedTimeToTheSecond()
    {
        const QDateTime now = utc(u"2026-03-08T06:30:15.750Z"_s); // 01:30 EST, before the change
        QCOMPARE(pauseUntil(PauseChoice::OneHour, now, NewYork, QTime(4, 0)), utc(u"2026-03-08T07:30:15Z"_s));
        QCOMPARE(pauseUntil(PauseChoice::FourHours, now, NewYork, QTime(4, 0)), utc(u"2026-03-08T10:30:15Z"_s));
        QCOMPARE(pauseUntil(PauseChoice::OneHour, now, NewYork, QTime(4, 0)).timeSpec(), Qt::UTC);
    }

    void nextBusinessDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QTime>("startsAt");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("until");
        // 2026-07-15: EDT (UTC-4).
        QTest::newRow("before the start: today") << "America/New_York" << QTime(4, 0)
                                                 << "2026-07-15T06:00:00Z" << "2026-07-15T08:00:00Z";
        QTest::newRow("after the start: tomorrow") << "America/New_York" << QTime(4, 0)
                                                   << "2026-07-15T14:00:00Z" << "2026-07-16T08:00:00Z";
        QTest::newRow("at the start: tomorrow") << "America/New_York" << QTime(4, 0)
                                                << "2026-07-15T08:00:00Z" << "2026-07-16T08:00:00Z";
        QTest::newRow("late evening, UTC already tomorrow") << "America/New_York" << QTime(4, 0)
                                                            << "2026-07-16T02:30:00Z" << "2026-07-16T08:00:00Z";
        QTest::newRow("half-hour zone") << "Asia/Kolkata" << QTime(5, 30)
                                        << "2026-07-15T12:00:00Z" << "2026-07-16T00:00:00Z";
        QTest::newRow("UTC") << "UTC" << QTime(0, 0) << "2026-12-31T23:59:59Z" << "2027-01-01T00:00:00Z";
        // Spring forward, 2026-03-08 02:00 EST -> 03:00 EDT: 04:00 is EDT, five hours after 22:00 EST.
        QTest::newRow("spring: night before") << "America/New_York" << QTime(4, 0)
                                              << "2026-03-08T03:00:00Z" << "2026-03-08T08:00:00Z";
        // 02:30 never happens that day: the day starts as the clocks jump (07:00 UTC).
        QTest::newRow("spring: skipped start") << "America/New_York" << QTime(2, 30)
                                               << "2026-03-08T06:00:00Z" << "2026-03-08T07:00:00Z";
        QTest::newRow("spring: skipped start passed") << "America/New_York" << QTime(2, 30)
                                                      << "2026-03-08T07:00:00Z" << "2026-03-09T06:30:00Z";
        // Fall back, 2026-11-01 02:00 EDT -> 01:00 EST: 04:00 is EST.
        QTest::newRow("fall: night before") << "America/New_York" << QTime(4, 0)
                                            << "2026-11-01T03:00:00Z" << "2026-11-01T09:00:00Z";
        // 01:30 happens twice: the day started at the first; during the second it is tomorrow's.
        QTest::newRow("fall: repeated start, first") << "America/New_York" << QTime(1, 30)
                                                     << "2026-11-01T05:10:00Z" << "2026-11-01T05:30:00Z";
        QTest::newRow("fall: repeated start, second pass") << "America/New_York" << QTime(1, 30)
                                                           << "2026-11-01T06:10:00Z" << "2026-11-02T06:30:00Z";
    }

    void nextBusinessDay()
    {
        QFETCH(QString, zone);
        QFETCH(QTime, startsAt);
        QFETCH(QString, now);
        QFETCH(QString, until);
        const QTimeZone timeZone(zone.toUtf8());
        QVERIFY(timeZone.isValid());
        const QDateTime end = pauseUntil(PauseChoice::UntilNextBusinessDay, utc(now), timeZone, startsAt);
        QCOMPARE(end, utc(until));
        QCOMPARE(end.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestPauseDuration)
#include "tst_pauseduration.moc"
