#pragma once

#include "square/catalogimages.h"
#include "square/squaretranslations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

struct CatalogMapInput
{
    QString locationId;        // the kiosk's location: presence and sold out are per location
    QString currency;          // kiosk.json's currency; a price in another one is a problem
    QStringList languages;     // {"en", "es"}; the first is the catalog's own (Square's texts)
    QJsonObject translations;  // parseSquareTranslations' result
    QString imageFolder;       // relative folder for image files, e.g. "square-images"
    // The picture for a category or item Square has none for: a plain placeholder the kiosk
    // ships (relative like the others; the adapter puts it there). Empty: <imageFolder>/placeholder.png.
    QString placeholderImage;
    QDateTime now;             // for sold_out_valid_until; invalid: sold out is taken as set
};

struct CatalogMapping
{
    QJsonObject menu;            // the kiosk menu document (menu.json's format, "schema": 1)
    QStringList problems;        // "<TYPE> <ID> (<name>): <why>", sorted, each once
    QList<CatalogImage> images;  // what the menu's "image" keys name, ordered by image id
};

// Square's catalog objects (CatalogObject JSON, as GET /v2/catalog/list and
// POST /v2/catalog/search give them) as the kiosk's menu. Pure: no I/O; the same objects in
// any order give a byte-identical document. docs/square.md has the mapping table.
CatalogMapping mapCatalog(const QJsonArray &objects, const CatalogMapInput &input);

} // namespace kiosk
