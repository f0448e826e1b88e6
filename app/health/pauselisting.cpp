#include "health/pauselisting.h"

#include "contract/itemavailability.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

QByteArray pausesJson(const QList<ItemPause> &pauses)
{
    QJsonArray rows;
    for (const ItemPause &pause : pauses) {
        rows.append(QJsonObject{{u"item_id"_s, pause.itemId},
                                {u"until"_s, rfc3339Utc(pause.until)},
                                {u"paused_at"_s, rfc3339Utc(pause.pausedAt)}});
    }
    return QJsonDocument(QJsonObject{{u"pauses"_s, rows}}).toJson(QJsonDocument::Compact);
}

std::optional<PauseChoice> parsePauseRequest(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString duration = doc.object().value(u"for"_s).toString();
    if (duration == u"1h"_s)
        return PauseChoice::OneHour;
    if (duration == u"4h"_s)
        return PauseChoice::FourHours;
    if (duration == u"business_day"_s)
        return PauseChoice::UntilNextBusinessDay;
    *error = u"the body must be {\"for\": \"1h\"}, {\"for\": \"4h\"} or {\"for\": \"business_day\"}"_s;
    return std::nullopt;
}

bool isValidItemId(const QString &id)
{
    static const QRegularExpression Pattern(u"^[a-z0-9_]{1,64}$"_s);
    return Pattern.match(id).hasMatch();
}

} // namespace kiosk
