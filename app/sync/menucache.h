#pragma once

#include "domain/menu.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace kiosk {

class Database;
struct SyncSettings;

// The last good menu from GET /v1/menu (table menu_cache, one row), with its ETag.
class MenuCache
{
public:
    struct Entry
    {
        QString etag;
        QByteArray body;
        QDateTime fetchedAt;
    };

    explicit MenuCache(Database &db) : m_db(db) {}

    std::optional<Entry> load();
    // Replaces the cached menu; only ever called with a body that passed validation.
    bool store(const QString &etag, const QByteArray &body, const QDateTime &now);

private:
    Database &m_db;
};

// Validates a backend menu exactly like menu.json (same parser, same messages, images from
// the config folder). `source` names it in the messages.
std::optional<Menu> parseBackendMenu(const QByteArray &body, const SyncSettings &settings,
                                     QString *errors);

} // namespace kiosk
