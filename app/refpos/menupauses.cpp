#include "refpos/menupauses.h"

#include "contract/itemavailability.h"
#include "contract/jsonfield.h"
#include "refpos/errorbody.h"
#include "refpos/menudocument.h"
#include "storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

Response MenuPauses::put(const Request &request, const QString &itemId)
{
    if (!m_menu.isLoaded() || !m_menu.hasItem(itemId))
        return apiError(404, "unknown_item", u"no menu item \"%1\""_s.arg(itemId));
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(request.body, &error);
    if (!json)
        return apiError(422, "validation", error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<ItemAvailability> availability = itemAvailabilityFromContractJson(*json, now, &error);
    if (!availability)
        return apiError(422, "validation", error);

    // Stored before it is answered: a pause refpos confirmed survives a restart.
    Statement change = availability->available
        ? m_db.prepare("DELETE FROM menu_pauses WHERE item_id = ?1")
        : m_db.prepare("INSERT INTO menu_pauses (item_id, until, until_ms, paused_at) VALUES (?1, ?2, ?3, ?4)"
                       " ON CONFLICT (item_id) DO UPDATE SET until = excluded.until,"
                       " until_ms = excluded.until_ms, paused_at = excluded.paused_at");
    change.bind(1, itemId);
    if (!availability->available) {
        change.bind(2, rfc3339Utc(availability->until))
            .bind(3, availability->until.toMSecsSinceEpoch())
            .bind(4, now.toString(Qt::ISODateWithMs));
    }
    if (!change.exec() || !refresh(&error))
        return apiError(500, "internal", u"storage: %1"_s.arg(error.isEmpty() ? m_db.lastError() : error));
    return Response::json(200, itemAvailabilityAnswer(itemId, *availability));
}

bool MenuPauses::refresh(QString *error)
{
    Statement row = m_db.prepare("SELECT item_id, until FROM menu_pauses WHERE until_ms > ?1");
    row.bind(1, QDateTime::currentMSecsSinceEpoch());
    QMap<QString, QString> pauses;
    while (row.next())
        pauses.insert(row.text(0), row.text(1));
    if (row.failed()) {
        *error = m_db.lastError();
        return false;
    }
    m_menu.setPauses(pauses);
    return true;
}

} // namespace kiosk::refpos
