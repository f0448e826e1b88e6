#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kiosk {

class Database;

// An item staff paused ("86"): off the menu until `until`.
struct ItemPause
{
    QString itemId;
    QDateTime until;    // UTC
    QDateTime pausedAt; // UTC
    bool operator==(const ItemPause &) const = default;
};

// Items paused from diagnostics (the `item_pauses` table). A pause or a resume writes its row,
// queues the backend's copy (outbox kind "item_availability", key "<item id>/<uuid>", body
// {"available": false, "until": ...} or {"available": true}) and audits it ("item_pause",
// "item_resume"), all in one transaction: on record, on its way and in force together, or not
// at all. A pause ends on its own at `until`: expired rows are ignored, and deleted by the next
// pause or resume.
class ItemPauses
{
public:
    // Whether pauses go to the backend too: LocalOnly for a store whose menu is its menu.json
    // (the backend's menu is not the one customers see) or whose backend cannot pause (Square),
    // so no entry waits or fails for nothing.
    enum class Sharing { WithBackend, LocalOnly };

    explicit ItemPauses(Database &db, Sharing sharing = Sharing::WithBackend) : m_db(db), m_sharing(sharing) {}

    Sharing sharing() const { return m_sharing; }

    static QString outboxKind() { return QStringLiteral("item_availability"); }
    // The item id in an outbox key "<item id>/<uuid>"; the whole key when it has no "/".
    static QString itemIdOfOutboxKey(const QString &key);

    // Pauses `itemId` until `until` (after `now`; a pause of a paused item replaces it). False
    // with `error` when `until` is not after `now` or nothing could be written.
    bool pause(const QString &itemId, const QDateTime &until, const QDateTime &now, QString *error);
    // Ends the pause of `itemId` (also one this kiosk does not hold: another kiosk's pause
    // reached the backend's menu). False with `error` when nothing could be written.
    bool resume(const QString &itemId, const QDateTime &now, QString *error);
    // The pauses in force at `now`, by item id; nullopt on a read error.
    std::optional<QList<ItemPause>> active(const QDateTime &now);

private:
    // Inside a transaction: deletes `itemId`'s row and every expired one, then queues `body`
    // (WithBackend).
    bool write(const QString &itemId, const QByteArray &body, const QDateTime &now, QString *error);

    Database &m_db;
    Sharing m_sharing;
};

} // namespace kiosk
