#include "square/catalogimages.h"

#include "square/catalogindex.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The file name's extension from the URL's path ("jpg" when it has none the kiosk knows), so
// the image loader picks the right format.
QString extensionOf(const QString &url)
{
    static const QStringList Known = {u"jpg"_s, u"jpeg"_s, u"png"_s, u"gif"_s, u"webp"_s};
    const QString path = QUrl(url).path();
    const QString suffix = path.mid(path.lastIndexOf(u'.') + 1).toLower();
    return path.contains(u'.') && Known.contains(suffix) ? suffix : u"jpg"_s;
}

} // namespace

CatalogImages::CatalogImages(const CatalogIndex &index, const QString &folder,
                             const QString &placeholder, QStringList *problems)
    : m_index(index), m_folder(folder), m_placeholder(placeholder), m_problems(problems)
{
}

QString CatalogImages::imageFor(const QJsonObject &object)
{
    // Square ids become file names: only its permanent ids ([A-Z0-9]) are safe as one.
    static const QRegularExpression SafeId(u"^[A-Z0-9]{1,64}$"_s);
    const QJsonArray imageIds = catalogData(object).value(u"image_ids"_s).toArray();
    for (const QJsonValue &value : imageIds) {
        const QString imageId = value.toString();
        const auto image = m_index.find(imageId);
        if (!image || image->value(u"type"_s).toString() != u"IMAGE"_s
            || image->value(u"is_deleted"_s).toBool()) {
            continue;
        }
        const QUrl url(catalogData(*image).value(u"url"_s).toString(), QUrl::StrictMode);
        const bool web = url.scheme() == u"https"_s || url.scheme() == u"http"_s;
        if (!url.isValid() || !web || !SafeId.match(imageId).hasMatch()) {
            m_problems->append(problemLine(*image, u"no usable URL or id for a file name; not shown"_s));
            continue;
        }
        const QString relativePath =
                u"%1/%2.%3"_s.arg(m_folder, imageId.toLower(), extensionOf(url.toString()));
        m_images.insert(imageId, {imageId, url.toString(), relativePath});
        return relativePath;
    }
    m_problems->append(problemLine(
            object, imageIds.isEmpty() ? u"no image in Square; the kiosk's placeholder is shown"_s
                                       : u"none of its images is in the catalog; the kiosk's placeholder is shown"_s));
    return m_placeholder;
}

} // namespace kiosk
