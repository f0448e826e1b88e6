#include "square/squareimagecache.h"

#include "sync/backendclientoptions.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The image host is not the API: the whole URL is the path, and nothing of the API's
// defaults (base URL, headers) comes along.
HttpClient::Options imageClientOptions(const SyncSettings &settings)
{
    HttpClient::Options options = backendClientOptions(settings);
    options.baseUrl.clear();
    options.maxBodyBytes = SquareImageCache::MaxImageBytes;
    return options;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the folder %1"_s.arg(QFileInfo(path).absolutePath());
        return false;
    }
    // QSaveFile: a kiosk stopped mid-write leaves no half picture that would pass as cached.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

QString readSource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

SquareImageCache::SquareImageCache(const SyncSettings &settings, const std::atomic_bool *stopping)
    : m_dir(settings.squareImageDir), m_http(imageClientOptions(settings))
{
    m_http.setAbortFlag(stopping);
}

QString SquareImageCache::absolute(const QString &relativePath) const
{
    return QDir::cleanPath(QDir(m_dir).filePath(relativePath));
}

bool SquareImageCache::ensurePlaceholder(const QString &relativePath, QString *error)
{
    const QString path = absolute(relativePath);
    if (QFileInfo(path).isFile())
        return true;
    // A plain light-grey tile: it says "no picture" without pretending to be food.
    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(QColor(0xd9, 0xd9, 0xd9));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!tile.save(&buffer, "PNG")) {
        *error = u"cannot encode the placeholder image"_s;
        return false;
    }
    return writeFile(path, png, error);
}

QByteArray SquareImageCache::fetch(const CatalogImage &image, QString *why, bool *passing)
{
    ++m_downloads;
    const HttpResult result = m_http.get(image.url.toUtf8());
    if (result.isNetworkError() || result.status == 429 || result.status >= 500)
        *passing = true;
    if (result.isNetworkError()) {
        *why = networkErrorText(result);
        return {};
    }
    if (result.status != 200) {
        *why = u"HTTP %1"_s.arg(result.status);
        return {};
    }
    // Decoded once here, on the sync thread, so a file that is not a picture (an HTML error
    // page, a truncated download) never reaches the screen as a broken image.
    QBuffer buffer;
    buffer.setData(result.body);
    QImageReader reader(&buffer);
    if (reader.read().isNull()) {
        *why = u"not an image the kiosk can show (%1)"_s.arg(reader.errorString());
        return {};
    }
    return result.body;
}

QStringList SquareImageCache::download(const QList<CatalogImage> &images, QStringList *problems, bool *passing)
{
    QStringList missing;
    for (const CatalogImage &image : images) {
        const QString path = absolute(image.relativePath);
        // The file is named by the IMAGE's id, but a seller may upload a new picture into the
        // same IMAGE (UpdateCatalogImage), which gives it a new URL: the URL the file came from
        // is kept beside it, and a file from another URL is fetched again.
        const QString source = path + u".url"_s;
        if (QFileInfo(path).isFile() && readSource(source) == image.url)
            continue;
        QString why;
        const QByteArray bytes = fetch(image, &why, passing);
        if (!bytes.isEmpty() && writeFile(path, bytes, &why) && writeFile(source, image.url.toUtf8(), &why))
            continue;
        problems->append(u"IMAGE %1: %2; the kiosk's placeholder is shown"_s.arg(image.imageId, why));
        missing.append(image.relativePath);
    }
    return missing;
}

} // namespace kiosk
