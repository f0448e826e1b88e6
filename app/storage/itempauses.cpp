#include "storage/itempauses.h"

#include "contract/itemavailability.h"
#include "storage/database.h"
#include "storage/staffaudit.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// As every stored time: RFC 3339 UTC with milliseconds, so text order is time order.
QString stored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parsed(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QByteArray compact(const ItemAvailability &availability)
{
    return QJsonDocument(availability.toContractJson()).toJson(QJsonDocument::Compact);
}

} // namespace

QString ItemPauses::itemIdOfOutboxKey(const QString &key)
{
    const qsizetype slash = key.lastIndexOf(u'/');
    return slash < 0 ? key : key.left(slash);
}

bool ItemPauses::pause(const QString &itemId, const QDateTime &until, const QDateTime &now, QString *error)
{
    if (!until.isValid() || until <= now) {
        *error = u"a pause of %1 must end after now, not at %2"_s.arg(itemId, rfc3339Utc(until));
        return false;
    }
    const ItemAvailability paused = ItemAvailability::pausedUntil(until);
    Database::Transaction tx(m_db);
    if (!tx.isActive() || !write(itemId, compact(paused), now, error))
        return false;
    Statement insert = m_db.prepare("INSERT INTO item_pauses(item_id, until, paused_at) VALUES (?1, ?2, ?3)");
    if (!insert.bind(1, itemId).bind(2, stored(until)).bind(3, stored(now)).exec()
        || !StaffAudit(m_db).record(u"item_pause"_s, u"%1 until %2"_s.arg(itemId, rfc3339Utc(until)), now)
        || !tx.commit()) {
        *error = u"cannot pause %1: %2"_s.arg(itemId, m_db.lastError());
        return false;
    }
    return true;
}

bool ItemPauses::resume(const QString &itemId, const QDateTime &now, QString *error)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive() || !write(itemId, compact(ItemAvailability::resumed()), now, error))
        return false;
    if (!StaffAudit(m_db).record(u"item_resume"_s, u"%1 until %2"_s.arg(itemId, rfc3339Utc(now)), now)
        || !tx.commit()) {
        *error = u"cannot resume %1: %2"_s.arg(itemId, m_db.lastError());
        return false;
    }
    return true;
}

bool ItemPauses::write(const QString &itemId, const QByteArray &body, const QDateTime &now, QString *error)
{
    Statement drop = m_db.prepare("DELETE FROM item_pauses WHERE item_id = ?1 OR until <= ?2");
    bool written = drop.bind(1, itemId).bind(2, stored(now)).exec();
    if (written && m_sharing == Sharing::WithBackend) {
        const QString key = itemId + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Statement queue = m_db.prepare("INSERT INTO outbox(kind, key, body, created_at) VALUES (?1, ?2, ?3, ?4)");
        written = queue.bind(1, outboxKind()).bind(2, key).bind(3, QString::fromUtf8(body)).bind(4, stored(now)).exec();
    }
    if (!written) {
        *error = u"cannot queue the availability of %1: %2"_s.arg(itemId, m_db.lastError());
        return false;
    }
    return true;
}

std::optional<QList<ItemPause>> ItemPauses::active(const QDateTime &now)
{
    Statement st = m_db.prepare(
        "SELECT item_id, until, paused_at FROM item_pauses WHERE until > ?1 ORDER BY item_id");
    st.bind(1, stored(now));
    QList<ItemPause> pauses;
    while (st.next())
        pauses.append({st.text(0), parsed(st.text(1)), parsed(st.text(2))});
    if (st.failed())
        return std::nullopt;
    return pauses;
}

} // namespace kiosk
