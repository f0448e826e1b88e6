#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace kiosk::refpos {

// The menu refpos serves on GET /v1/menu: a menu.json document whose items can be switched
// on and off while running, and paused (shown "available": false) until a time. The body is
// re-serialised on every change and its ETag is the quoted first 32 hex digits of the SHA-256
// of the body and the pauses in force, so equal bodies with equal pauses share an ETag, and a
// pause, resume or expiry changes it even for an item already switched off.
class MenuDocument
{
public:
    // Reads `path` (a kiosk-config menu.json); false with `error` set when it is unreadable or
    // not an object with an "items" array of objects with string ids.
    bool load(const QString &path, QString *error);
    bool isLoaded() const { return !m_body.isEmpty(); }

    QByteArray body() const { return m_body; }
    const QJsonObject &document() const { return m_menu; }
    QByteArray etag() const { return m_etag; }

    bool hasItem(const QString &itemId) const;
    // Sets items[].available of `itemId`; false when there is no such item.
    bool setAvailable(const QString &itemId, bool available);
    // Applies stored changes; ids no longer on the menu are ignored.
    void applyAvailability(const QHash<QString, bool> &availability);

    // The pauses in force: item id -> until (RFC 3339 UTC). Re-serialises only on a change.
    void setPauses(const QMap<QString, QString> &pauses);

    // Whether `ifNoneMatch` (an If-None-Match header value) matches the current ETag.
    bool matches(const QByteArray &ifNoneMatch) const;

private:
    void serialise();

    QJsonObject m_menu;
    QMap<QString, QString> m_pauses;
    QByteArray m_body;
    QByteArray m_etag;
};

} // namespace kiosk::refpos
