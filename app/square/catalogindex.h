#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// The catalog objects the adapter fetched, one version of each, looked up by id. Square nests
// variations in their item and modifiers in their list (GET /v2/catalog/list) but returns them
// on their own too (types ITEM_VARIATION, MODIFIER; a change search): both are read, and when
// an id comes more than once the highest `version` wins, so a stale nested copy never hides a
// change. Ties are broken by content, never by input order: the same catalog always maps to
// the same menu.
class CatalogIndex
{
public:
    CatalogIndex(const QJsonArray &objects, const QString &locationId);

    // Every object of `type` (deleted ones too), ordered by id.
    QList<QJsonObject> ofType(const QString &type) const;
    std::optional<QJsonObject> find(const QString &id) const;
    // ITEM_VARIATION objects whose item_id is `itemId` / MODIFIER objects of list `listId`.
    QList<QJsonObject> variationsOf(const QString &itemId) const;
    QList<QJsonObject> modifiersOf(const QString &listId) const;

    // Not deleted and present at the kiosk's location (CatalogObject.present_at_all_locations:
    // absent_at_location_ids are the exceptions when it is true (the default),
    // present_at_location_ids when it is false).
    bool isLive(const QJsonObject &object) const;
    // The entry of `data`'s location_overrides[] for the kiosk's location, or an empty object.
    QJsonObject locationOverride(const QJsonObject &data) const;

    // Input entries that are not catalog objects (no type or id), already as problem lines.
    QStringList malformed() const { return m_malformed; }

private:
    void add(const QJsonValue &value);
    QList<QJsonObject> children(const QMultiMap<QString, QString> &byParent,
                                const QString &parentId) const;

    QString m_locationId;
    QMap<QString, QJsonObject> m_objects;
    // parent id -> child ids, so an item finds its variations without a walk of the catalog
    QMultiMap<QString, QString> m_variationsByItem;
    QMultiMap<QString, QString> m_modifiersByList;
    QStringList m_malformed;
};

// The `*_data` object of a catalog object ("item_data" for ITEM, and so on).
QJsonObject catalogData(const QJsonObject &object);
// Its name as Square has it, or "" (images and taxes have one too).
QString catalogName(const QJsonObject &object);
// Whether it has a name a kiosk can show: the menu refuses empty and blank texts.
bool hasName(const QJsonObject &object);
// "ITEM W62U... (Latte): why" ("ITEM W62U...: why" when it has no name).
QString problemLine(const QJsonObject &object, const QString &why);

} // namespace kiosk
