#include "sync/menucache.h"

#include "config/menuparser.h"
#include "config/syncsettings.h"
#include "storage/database.h"

namespace kiosk {

std::optional<MenuCache::Entry> MenuCache::load()
{
    Statement st = m_db.prepare("SELECT etag, body, fetched_at FROM menu_cache WHERE id = 1");
    if (!st.next())
        return std::nullopt;
    return Entry{st.text(0), st.text(1).toUtf8(), QDateTime::fromString(st.text(2), Qt::ISODateWithMs)};
}

bool MenuCache::store(const QString &etag, const QByteArray &body, const QDateTime &now)
{
    Statement st = m_db.prepare(
        "INSERT INTO menu_cache(id, etag, body, fetched_at) VALUES (1, ?1, ?2, ?3) "
        "ON CONFLICT(id) DO UPDATE SET etag = excluded.etag, body = excluded.body, "
        "fetched_at = excluded.fetched_at");
    if (etag.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, etag);
    return st.bind(2, QString::fromUtf8(body)).bind(3, now.toUTC().toString(Qt::ISODateWithMs)).exec();
}

std::optional<Menu> parseBackendMenu(const QByteArray &body, const SyncSettings &settings, QString *errors)
{
    ConfigErrors problems;
    std::optional<Menu> menu = parseMenu(body, QStringLiteral("GET /v1/menu"), settings.menuImageDir,
                                         settings.languages, &problems);
    if (!menu)
        *errors = formatErrors(problems);
    return menu;
}

} // namespace kiosk
