#pragma once

#include "square/catalogmapper.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

// Square CatalogObject JSON for the catalog mapper's tests, shaped as GET /v2/catalog/list
// returns it (api.json's CatalogObject), with only what each test needs.
namespace kiosk::catalogtest {

inline const QString Location = QStringLiteral("L1");

QJsonObject money(qint64 cents, const QString &currency = QStringLiteral("USD"));
QJsonObject category(const QString &id, const QString &name, const QStringList &imageIds = {});
// An ITEM in `categoryId` with its variations nested, as the list endpoint gives them.
QJsonObject item(const QString &id, const QString &name, const QString &categoryId,
                 const QJsonArray &variations, const QStringList &imageIds = {});
QJsonObject variation(const QString &id, const QString &itemId, const QString &name,
                      qint64 cents, int ordinal = 0);
QJsonObject modifierList(const QString &id, const QString &name, const QJsonArray &modifiers);
QJsonObject modifier(const QString &id, const QString &listId, const QString &name,
                     qint64 cents, int ordinal = 0);
QJsonObject tax(const QString &id, const QString &name, const QString &percentage);
QJsonObject image(const QString &id, const QString &url);

// `object` with `extra`'s keys set at the top level / in its *_data object.
QJsonObject with(QJsonObject object, const QJsonObject &extra);
QJsonObject withData(QJsonObject object, const QJsonObject &extra);
// A location override entry for the kiosk's location.
QJsonObject locationOverride(const QJsonObject &fields);

// Location L1, USD, en + es, images in "square-images".
CatalogMapInput input();
// A small café: COFFEE (LATTE: SMALL 350 / LARGE 450, with MILK: OAT +60, WHOLE) and BAKERY
// (CROISSANT 300), the TAX SALES 8.25 %, images for LATTE and COFFEE.
QJsonArray cafe();

// The element of the menu's `key` array with this "id".
std::optional<QJsonObject> byId(const QJsonObject &menu, const QString &key, const QString &id);
// The "id" of every element of `array`, in order.
QStringList idsOf(const QJsonArray &array);
// Whether a problem line starts with `prefix` (type and id) and contains `text`.
bool hasProblem(const CatalogMapping &mapping, const QString &prefix, const QString &text = {});

} // namespace kiosk::catalogtest
