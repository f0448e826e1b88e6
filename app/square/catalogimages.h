#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kiosk {

class CatalogIndex;

// An image the menu names, for the adapter to download into `relativePath` (under the folder
// the menu's image paths are relative to).
struct CatalogImage
{
    QString imageId;
    QString url;
    QString relativePath;

    bool operator==(const CatalogImage &) const = default;
};

// The menu's "image" of a category or item: its first IMAGE that has a URL. The kiosk menu
// needs a picture for every category and item (config/menuparser.cpp); one without is shown
// with the placeholder the kiosk ships, and listed, never given some other picture.
class CatalogImages
{
public:
    CatalogImages(const CatalogIndex &index, const QString &folder, const QString &placeholder,
                  QStringList *problems);

    // The relative path for `object` (a CATEGORY or ITEM).
    QString imageFor(const QJsonObject &object);
    // Every image named so far, ordered by image id.
    QList<CatalogImage> images() const { return m_images.values(); }

private:
    const CatalogIndex &m_index;
    QString m_folder;
    QString m_placeholder;
    QStringList *m_problems;
    QMap<QString, CatalogImage> m_images;
};

} // namespace kiosk
