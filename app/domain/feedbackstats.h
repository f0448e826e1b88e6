#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kiosk {

// One customer's answers as the statistics need them (the comment does not count).
struct FeedbackAnswer
{
    std::optional<int> csat; // 1..5
    std::optional<int> nps;  // 0..10
    QDateTime createdAt;
};

// CSAT and NPS over a set of answers. Both are kept in tenths, rounded half away from zero,
// so 4.25 shows as 4.3 and an NPS of -6.25 as -6.3; nullopt when nobody answered.
struct FeedbackScores
{
    int answers = 0;     // feedback rows, whatever they answered
    int csatCount = 0;
    std::optional<int> csatAverageTenths; // 10..50
    int npsCount = 0;
    int promoters = 0;   // 9-10
    int detractors = 0;  // 0-6
    std::optional<int> npsTenths;         // -1000..1000: % promoters minus % detractors

    bool operator==(const FeedbackScores &) const = default;
};

FeedbackScores scoreFeedback(const QList<FeedbackAnswer> &answers);

// Today's and the last seven days' (today and the six before) scores. Days are calendar days
// in `now`'s time zone, so "today" starts at the kiosk's local midnight.
struct FeedbackReport
{
    FeedbackScores today;
    FeedbackScores last7Days;
};

FeedbackReport feedbackReport(const QList<FeedbackAnswer> &answers, const QDateTime &now);
// The first instant of the window of `days` calendar days ending with `now`'s day.
QDateTime feedbackWindowStart(const QDateTime &now, int days);

// Tenths as a decimal with one digit: 43 -> "4.3", -63 -> "-6.3", 0 -> "0.0"; Spanish
// screens pass ',' ("4,3").
QString formatTenths(int tenths, QChar decimalPoint = u'.');

} // namespace kiosk
