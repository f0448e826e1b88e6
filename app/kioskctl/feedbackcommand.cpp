#include "kioskctl/commands.h"

#include "kioskctl/offlinedatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

// A local time with its UTC offset, so a reader elsewhere knows which midnight was meant.
QString isoWithOffset(const QDateTime &t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

// Tenths as a JSON number with one decimal (43 -> 4.3); null when nobody answered.
QJsonValue tenthsJson(const std::optional<int> &tenths)
{
    return tenths ? QJsonValue(*tenths / 10.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject scoresJson(const FeedbackScores &scores, const QDateTime &since)
{
    return {
        {u"since"_s, isoWithOffset(since)},
        {u"answers"_s, scores.answers},
        {u"csat"_s, QJsonObject{{u"count"_s, scores.csatCount}, {u"average"_s, tenthsJson(scores.csatAverageTenths)}}},
        {u"nps"_s, QJsonObject{{u"count"_s, scores.npsCount},
                               {u"promoters"_s, scores.promoters},
                               {u"detractors"_s, scores.detractors},
                               {u"score"_s, tenthsJson(scores.npsTenths)}}},
    };
}

// "4.3 (12 answers)" as the diagnostics page shows it, "-" when nobody answered.
QString scoreText(const std::optional<int> &tenths, int count)
{
    if (!tenths)
        return u"-"_s;
    return u"%1 (%2 %3)"_s.arg(formatTenths(*tenths)).arg(count).arg(count == 1 ? u"answer"_s : u"answers"_s);
}

void printHuman(QTextStream &out, const FeedbackReport &report, int openCalls)
{
    const QList<QStringList> rows{
        {QString(), u"TODAY"_s, u"LAST 7 DAYS"_s},
        {u"Feedback"_s, QString::number(report.today.answers), QString::number(report.last7Days.answers)},
        {u"CSAT (1-5)"_s, scoreText(report.today.csatAverageTenths, report.today.csatCount),
         scoreText(report.last7Days.csatAverageTenths, report.last7Days.csatCount)},
        {u"NPS"_s, scoreText(report.today.npsTenths, report.today.npsCount),
         scoreText(report.last7Days.npsTenths, report.last7Days.npsCount)},
    };
    for (const QStringList &row : rows)
        out << row[0].leftJustified(14) << row[1].leftJustified(22) << row[2] << u'\n';
    out << u"Open calls for staff: %1\n"_s.arg(openCalls);
}

} // namespace

int feedback(Context &context)
{
    const std::unique_ptr<OfflineDatabase> db = OfflineDatabase::openForReading(context);
    if (!db)
        return ExitFailed;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime weekStart = feedbackWindowStart(now, 7);
    const std::optional<QList<FeedbackAnswer>> answers = db->feedbackSince(weekStart);
    const std::optional<int> openCalls = answers ? db->openStaffCalls() : std::nullopt;
    if (!answers || !openCalls) {
        context.io().err << u"kioskctl: %1\n"_s.arg(db->lastError());
        return ExitFailed;
    }
    const FeedbackReport report = feedbackReport(*answers, now);
    if (context.json()) {
        const QJsonObject json{
            {u"now"_s, isoWithOffset(now)},
            {u"today"_s, scoresJson(report.today, feedbackWindowStart(now, 1))},
            {u"last_7_days"_s, scoresJson(report.last7Days, weekStart)},
            {u"open_staff_calls"_s, *openCalls},
        };
        context.io().out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        printHuman(context.io().out, report, *openCalls);
    }
    return ExitOk;
}

} // namespace kiosk::ctl
