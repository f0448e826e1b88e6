#pragma once

#include "config/syncsettings.h"
#include "square/catalogimages.h"
#include "sync/httpclient.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace kiosk {

// The catalog's pictures on the kiosk's disk (SyncSettings::squareImageDir, the folder the
// Square menu's image paths are relative to): each downloaded once, kept while its file is
// there, and the placeholder the menu names for objects without one.
//
// Image URLs point at Square's image host (or anywhere a seller's catalog says), so they are
// fetched by a client of their own with no default headers: the access token never leaves for
// a host that is not the API.
class SquareImageCache
{
public:
    // A downloaded picture is at most this big; a larger one is a problem line, not a menu.
    static constexpr qint64 MaxImageBytes = 8 * 1024 * 1024;

    SquareImageCache(const SyncSettings &settings, const std::atomic_bool *stopping);

    // Writes the placeholder (a plain neutral tile) at `relativePath` unless it is there;
    // false with `error` when the folder cannot be written.
    bool ensurePlaceholder(const QString &relativePath, QString *error);

    // Downloads every image whose file is missing (or came from another URL). The images it could not get (no answer, not
    // an image, too big) are returned by relative path, with a problem line each in `problems`;
    // the menu shows the placeholder for them and the next menu refresh tries again.
    // `*passing` is set when one failed in a way that may pass (no answer, 429, 5xx).
    QStringList download(const QList<CatalogImage> &images, QStringList *problems, bool *passing);

    // How many downloads were attempted since this cache was made (tests, the log).
    int downloadCount() const { return m_downloads; }

private:
    QString absolute(const QString &relativePath) const;
    // The bytes of one image, checked to decode; empty with `why` otherwise.
    QByteArray fetch(const CatalogImage &image, QString *why, bool *passing);

    QString m_dir;
    HttpClient m_http;
    int m_downloads = 0;
};

} // namespace kiosk
