#include "domain/feedbackstats.h"

#include <QTimeZone>

namespace kiosk {

namespace {

// numerator / denominator rounded half away from zero; denominator > 0.
int roundedDivision(qint64 numerator, qint64 denominator)
{
    const qint64 magnitude = numerator < 0 ? -numerator : numerator;
    const qint64 rounded = (2 * magnitude + denominator) / (2 * denominator);
    return int(numerator < 0 ? -rounded : rounded);
}

} // namespace

FeedbackScores scoreFeedback(const QList<FeedbackAnswer> &answers)
{
    FeedbackScores scores;
    qint64 csatSum = 0;
    for (const FeedbackAnswer &answer : answers) {
        ++scores.answers;
        if (answer.csat) {
            ++scores.csatCount;
            csatSum += *answer.csat;
        }
        if (answer.nps) {
            ++scores.npsCount;
            if (*answer.nps >= 9)
                ++scores.promoters;
            else if (*answer.nps <= 6)
                ++scores.detractors;
        }
    }
    if (scores.csatCount > 0)
        scores.csatAverageTenths = roundedDivision(10 * csatSum, scores.csatCount);
    // (P - D) / N * 100 %, in tenths of a point.
    if (scores.npsCount > 0)
        scores.npsTenths = roundedDivision(1000 * qint64(scores.promoters - scores.detractors), scores.npsCount);
    return scores;
}

QDateTime feedbackWindowStart(const QDateTime &now, int days)
{
    return now.date().addDays(-(days - 1)).startOfDay(now.timeZone());
}

FeedbackReport feedbackReport(const QList<FeedbackAnswer> &answers, const QDateTime &now)
{
    const QDateTime todayStart = feedbackWindowStart(now, 1);
    const QDateTime weekStart = feedbackWindowStart(now, 7);
    QList<FeedbackAnswer> today;
    QList<FeedbackAnswer> week;
    for (const FeedbackAnswer &answer : answers) {
        if (answer.createdAt >= weekStart)
            week.append(answer);
        if (answer.createdAt >= todayStart)
            today.append(answer);
    }
    return {scoreFeedback(today), scoreFeedback(week)};
}

QString formatTenths(int tenths, QChar decimalPoint)
{
    const int magnitude = tenths < 0 ? -tenths : tenths;
    return QStringLiteral("%1%2%3%4").arg(tenths < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 10).arg(decimalPoint).arg(magnitude % 10);
}

} // namespace kiosk
