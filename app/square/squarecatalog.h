#pragma once

#include "config/syncsettings.h"
#include "square/squareimagecache.h"
#include "sync/backendport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <atomic>
#include <optional>

namespace kiosk {

class SquareClient;
struct SquareReply;

// The menu from Square's catalog (BackendPort::fetchMenu for the Square adapter): the whole
// catalog listed page by page, mapped by mapCatalog, its pictures downloaded once into
// SyncSettings::squareImageDir; afterwards a change search from the validator's time answers
// NotModified until something changed (docs/square.md, "Menu").
class SquareCatalog
{
public:
    SquareCatalog(SquareClient &client, const SyncSettings &settings, const std::atomic_bool *stopping);

    MenuOutcome fetchMenu(const QString &validator);

    // How many image downloads this instance attempted (tests, the log).
    int imageDownloads() const { return m_images.downloadCount(); }

private:
    struct Listing
    {
        QJsonArray objects;
        QString latestTime; // the latest updated_at among them
    };
    struct Translations
    {
        QJsonObject texts;
        QString hash;
    };

    std::optional<Translations> readTranslations(QString *error) const;
    // GET /v2/catalog/list, every page; nullopt with `failure` set when a page failed.
    std::optional<Listing> listCatalog(MenuOutcome *failure);
    // POST /v2/catalog/search from `since`: whether anything changed, and Square's latest_time.
    // With `since` empty only latest_time is read (and the answer is true: list it all).
    std::optional<bool> searchChanges(const QString &since, QString *latestTime, MenuOutcome *failure);
    // One failed call as the outcome (Failed with Square's words).
    void fail(const SquareReply &reply, const QString &what, MenuOutcome *outcome) const;
    bool stopped(MenuOutcome *outcome) const;

    SquareClient &m_client;
    const SyncSettings m_settings;
    const std::atomic_bool *m_stopping;
    SquareImageCache m_images;
};

} // namespace kiosk
