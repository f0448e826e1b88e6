// CSAT and NPS arithmetic, the today / last-7-days windows and the NPS share rule
// (app/domain/feedbackstats, feedbackpolicy).
#include "domain/feedbackpolicy.h"
#include "domain/feedbackstats.h"

#include <QTimeZone>
#include <QtTest>

using namespace kiosk;

namespace {

FeedbackAnswer answer(std::optional<int> csat, std::optional<int> nps, const QDateTime &at = {})
{
    return {csat, nps, at};
}

QList<FeedbackAnswer> npsAnswers(const QList<int> &scores)
{
    QList<FeedbackAnswer> answers;
    for (int score : scores)
        answers.append(answer(std::nullopt, score));
    return answers;
}

// A kiosk five hours behind UTC, so local midnight is not UTC midnight.
const QTimeZone Kiosk(-5 * 3600);

QDateTime local(int month, int day, int h, int m, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(h, m, s, ms), Kiosk);
}

} // namespace

class TstFeedbackStats : public QObject
{
    Q_OBJECT

private slots:
    void noAnswersHaveNoScores()
    {
        const FeedbackScores scores = scoreFeedback({});
        QCOMPARE(scores.answers, 0);
        QCOMPARE(scores.csatCount, 0);
        QCOMPARE(scores.npsCount, 0);
        QVERIFY(!scores.csatAverageTenths);
        QVERIFY(!scores.npsTenths);
    }

    void answersWithoutARatingCountOnlyAsAnswers()
    {
        // A comment alone: feedback, but neither a CSAT nor an NPS answer.
        const FeedbackScores scores = scoreFeedback({answer(std::nullopt, std::nullopt)});
        QCOMPARE(scores.answers, 1);
        QVERIFY(!scores.csatAverageTenths);
        QVERIFY(!scores.npsTenths);
    }

    void csatAverage_data()
    {
        QTest::addColumn<QList<int>>("faces");
        QTest::addColumn<int>("tenths");
        QTest::newRow("one five") << QList<int>{5} << 50;
        QTest::newRow("one one") << QList<int>{1} << 10;
        QTest::newRow("exact") << QList<int>{4, 5} << 45;
        QTest::newRow("4.25 rounds up") << QList<int>{5, 4, 4, 4} << 43;
        QTest::newRow("3.333 rounds down") << QList<int>{3, 3, 4} << 33;
        QTest::newRow("3.666 rounds up") << QList<int>{4, 4, 3} << 37;
    }
    void csatAverage()
    {
        QFETCH(QList<int>, faces);
        QFETCH(int, tenths);
        QList<FeedbackAnswer> answers;
        for (int face : faces)
            answers.append(answer(face, std::nullopt));
        answers.append(answer(std::nullopt, 10)); // an NPS-only answer leaves the CSAT alone
        const FeedbackScores scores = scoreFeedback(answers);
        QCOMPARE(scores.csatCount, faces.size());
        QCOMPARE(scores.answers, faces.size() + 1);
        QCOMPARE(scores.csatAverageTenths, std::optional<int>(tenths));
    }

    void nps_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<int>("promoters");
        QTest::addColumn<int>("detractors");
        QTest::addColumn<int>("tenths");
        QTest::newRow("all promoters") << QList<int>{9, 10, 10} << 3 << 0 << 1000;
        QTest::newRow("all detractors") << QList<int>{0, 3, 6} << 0 << 3 << -1000;
        QTest::newRow("all passives") << QList<int>{7, 8} << 0 << 0 << 0;
        // 6 is a detractor, 7 and 8 passives that still count in the denominator.
        QTest::newRow("edges") << QList<int>{6, 7, 8, 9} << 1 << 1 << 0;
        QTest::newRow("mixed") << QList<int>{10, 9, 8, 0} << 2 << 1 << 250;
        QTest::newRow("-33.33") << QList<int>{10, 0, 0} << 1 << 2 << -333;
        QTest::newRow("66.67") << QList<int>{10, 9, 8} << 2 << 0 << 667;
        // One detractor in 16: -6.25 rounds away from zero to -6.3.
        QTest::newRow("-6.25") << (QList<int>{0} + QList<int>(15, 8)) << 0 << 1 << -63;
        QTest::newRow("6.25") << (QList<int>{10} + QList<int>(15, 7)) << 1 << 0 << 63;
    }
    void nps()
    {
        QFETCH(QList<int>, scores);
        QFETCH(int, promoters);
        QFETCH(int, detractors);
        QFETCH(int, tenths);
        QList<FeedbackAnswer> answers = npsAnswers(scores);
        answers.append(answer(5, std::nullopt)); // a CSAT-only answer is not an NPS answer
        const FeedbackScores result = scoreFeedback(answers);
        QCOMPARE(result.npsCount, scores.size());
        QCOMPARE(result.promoters, promoters);
        QCOMPARE(result.detractors, detractors);
        QCOMPARE(result.npsTenths, std::optional<int>(tenths));
    }

    void windowsAreLocalCalendarDays()
    {
        const QDateTime now = local(11, 24, 10, 0);
        QCOMPARE(feedbackWindowStart(now, 1), local(11, 24, 0, 0));
        QCOMPARE(feedbackWindowStart(now, 7), local(11, 18, 0, 0));
        // Just before midnight, "today" is still the whole day.
        QCOMPARE(feedbackWindowStart(local(11, 24, 23, 59, 59), 1), local(11, 24, 0, 0));
    }

    void todayAndLastSevenDays()
    {
        const QDateTime now = local(11, 24, 10, 0);
        // As read back from the database: UTC instants.
        const QList<FeedbackAnswer> answers = {
            answer(1, 0, local(11, 17, 23, 59, 59, 999).toUTC()), // 8 days ago: in neither
            answer(2, 6, local(11, 18, 0, 0).toUTC()),            // first instant of the week
            answer(3, 8, local(11, 23, 23, 59, 59, 999).toUTC()), // yesterday's last instant
            answer(4, 9, local(11, 24, 0, 0).toUTC()),            // today's first instant
            answer(5, 10, local(11, 24, 9, 59).toUTC()),
        };
        const FeedbackReport report = feedbackReport(answers, now);
        QCOMPARE(report.today.answers, 2);
        QCOMPARE(report.today.csatAverageTenths, std::optional<int>(45));
        QCOMPARE(report.today.npsTenths, std::optional<int>(1000));
        QCOMPARE(report.last7Days.answers, 4);
        QCOMPARE(report.last7Days.csatAverageTenths, std::optional<int>(35));
        // 6 detractor, 8 passive, 9 and 10 promoters: (2 - 1) / 4 = 25 %.
        QCOMPARE(report.last7Days.npsTenths, std::optional<int>(250));
    }

    void emptyWindows()
    {
        const QDateTime now = local(11, 24, 10, 0);
        const FeedbackReport report = feedbackReport({answer(5, 10, local(11, 1, 12, 0))}, now);
        QCOMPARE(report.today, FeedbackScores());
        QCOMPARE(report.last7Days, FeedbackScores());
    }

    void formatTenths_data()
    {
        QTest::addColumn<int>("tenths");
        QTest::addColumn<QChar>("point");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0 << QChar(u'.') << "0.0";
        QTest::newRow("csat") << 43 << QChar(u'.') << "4.3";
        QTest::newRow("negative") << -63 << QChar(u'.') << "-6.3";
        QTest::newRow("small negative") << -3 << QChar(u'.') << "-0.3";
        QTest::newRow("hundred") << 1000 << QChar(u'.') << "100.0";
        QTest::newRow("minus hundred") << -1000 << QChar(u'.') << "-100.0";
        QTest::newRow("csat, Spanish") << 43 << QChar(u',') << "4,3";
        QTest::newRow("negative, Spanish") << -63 << QChar(u',') << "-6,3";
    }
    void formatTenths()
    {
        QFETCH(int, tenths);
        QFETCH(QChar, point);
        QFETCH(QString, text);
        QCOMPARE(kiosk::formatTenths(tenths, point), text);
        if (point == u'.')
            QCOMPARE(kiosk::formatTenths(tenths), text);
    }

    void npsShare_data()
    {
        QTest::addColumn<int>("share");
        QTest::addColumn<QList<int>>("askedAmongFirst20");
        QTest::addColumn<int>("askedOf1000");
        QTest::newRow("off") << 0 << QList<int>{} << 0;
        QTest::newRow("negative is off") << -5 << QList<int>{} << 0;
        QTest::newRow("default 20 %") << 20 << QList<int>{5, 10, 15, 20} << 200;
        QTest::newRow("25 %") << 25 << QList<int>{4, 8, 12, 16, 20} << 250;
        QTest::newRow("33 %") << 33 << QList<int>{4, 7, 10, 13, 16, 19} << 330;
        QTest::newRow("100 %") << 100 << [] {
            QList<int> all;
            for (int i = 1; i <= 20; ++i)
                all.append(i);
            return all;
        }() << 1000;
        QTest::newRow("above 100 is all") << 150 << QList<int>{} << 1000;
    }
    void npsShare()
    {
        QFETCH(int, share);
        QFETCH(QList<int>, askedAmongFirst20);
        QFETCH(int, askedOf1000);
        int asked = 0;
        QList<int> first20;
        for (int sequence = 1; sequence <= 1000; ++sequence) {
            if (!asksNps(sequence, share))
                continue;
            ++asked;
            if (sequence <= 20)
                first20.append(sequence);
        }
        QCOMPARE(asked, askedOf1000);
        if (share <= 100)
            QCOMPARE(first20, askedAmongFirst20);
    }

    void npsShareNeedsASequence()
    {
        QVERIFY(!asksNps(0, 100));
        QVERIFY(!asksNps(-1, 100));
        // Order numbers wrap 999 -> 001: the sequence stays within 1..999.
        QVERIFY(asksNps(995, 20));
        QVERIFY(!asksNps(999, 20));
    }
};

QTEST_GUILESS_MAIN(TstFeedbackStats)
#include "tst_feedbackstats.moc"
