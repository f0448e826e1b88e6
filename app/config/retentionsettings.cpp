#include "config/retentionsettings.h"

#include "config/jsonreader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr int MaxDays = 3650; // ten years: beyond that a typo, not a policy

} // namespace

bool readRetentionSettings(JsonReader &reader, const QJsonObject &root, RetentionSettings *settings)
{
    const QString path = u"retention"_s;
    if (!root.contains(path))
        return true;
    const qsizetype before = reader.errorCount();
    const auto retention = reader.object(root, {}, path);
    if (!retention)
        return false;
    reader.rejectUnknownKeys(*retention, path,
                             {u"orders"_s, u"feedback_comments"_s, u"audit"_s, u"card_orders"_s});
    RetentionSettings s = *settings;
    reader.optionalInteger(*retention, path, u"orders"_s, 1, MaxDays, &s.ordersDays);
    reader.optionalInteger(*retention, path, u"feedback_comments"_s, 1, MaxDays, &s.feedbackCommentsDays);
    reader.optionalInteger(*retention, path, u"audit"_s, 1, MaxDays, &s.auditDays);
    // Below the floor the message gives the reason, not only the bounds.
    const QJsonValue card = retention->value(u"card_orders"_s);
    if (const double days = card.toDouble();
        card.isDouble() && days == std::trunc(days) && days < RetentionSettings::MinCardOrdersDays) {
        reader.error(JsonReader::join(path, u"card_orders"_s),
                     u"must be at least %1 days, card payments are kept for disputes, got %2"_s
                         .arg(RetentionSettings::MinCardOrdersDays).arg(QString::number(days)));
    } else {
        reader.optionalInteger(*retention, path, u"card_orders"_s, RetentionSettings::MinCardOrdersDays,
                               MaxDays, &s.cardOrdersDays);
    }
    if (reader.errorCount() != before)
        return false;
    *settings = s;
    return true;
}

} // namespace kiosk
