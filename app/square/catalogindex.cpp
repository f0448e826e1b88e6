#include "square/catalogindex.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Which of two versions of one object to keep, whatever order they came in.
bool isNewer(const QJsonObject &candidate, const QJsonObject &kept)
{
    const qint64 a = candidate.value(u"version"_s).toInteger();
    const qint64 b = kept.value(u"version"_s).toInteger();
    if (a != b)
        return a > b;
    // A deletion at the same version is the later state of that version.
    const bool aDeleted = candidate.value(u"is_deleted"_s).toBool();
    if (aDeleted != kept.value(u"is_deleted"_s).toBool())
        return aDeleted;
    return QJsonDocument(candidate).toJson(QJsonDocument::Compact)
            > QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

} // namespace

CatalogIndex::CatalogIndex(const QJsonArray &objects, const QString &locationId)
    : m_locationId(locationId)
{
    for (const QJsonValue &value : objects)
        add(value);
    m_malformed.sort();
    // Only the kept version of each object says who its parent is.
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        const QString type = it->value(u"type"_s).toString();
        const QJsonObject data = catalogData(*it);
        if (type == u"ITEM_VARIATION"_s)
            m_variationsByItem.insert(data.value(u"item_id"_s).toString(), it.key());
        else if (type == u"MODIFIER"_s)
            m_modifiersByList.insert(data.value(u"modifier_list_id"_s).toString(), it.key());
    }
}

void CatalogIndex::add(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"type"_s).toString();
    const QString id = object.value(u"id"_s).toString();
    if (type.isEmpty() || id.isEmpty()) {
        m_malformed.append(u"OBJECT %1: not a catalog object (no type or id); left out"_s.arg(
                id.isEmpty() ? u"?"_s : id));
        return;
    }
    const auto kept = m_objects.constFind(id);
    if (kept == m_objects.cend() || isNewer(object, *kept))
        m_objects.insert(id, object);
    // The nested copies, which the standalone ones (if any) may supersede.
    const QJsonObject data = catalogData(object);
    if (type == u"ITEM"_s) {
        for (const QJsonValue &variation : data.value(u"variations"_s).toArray())
            add(variation);
    } else if (type == u"MODIFIER_LIST"_s) {
        for (const QJsonValue &modifier : data.value(u"modifiers"_s).toArray())
            add(modifier);
    }
}

QList<QJsonObject> CatalogIndex::ofType(const QString &type) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &object : m_objects) {
        if (object.value(u"type"_s).toString() == type)
            result.append(object);
    }
    return result;
}

std::optional<QJsonObject> CatalogIndex::find(const QString &id) const
{
    if (const auto it = m_objects.constFind(id); it != m_objects.cend())
        return *it;
    return std::nullopt;
}

QList<QJsonObject> CatalogIndex::children(const QMultiMap<QString, QString> &byParent,
                                          const QString &parentId) const
{
    QStringList ids = byParent.values(parentId);
    ids.sort(); // by id, as ofType gives them, whatever order the map keeps
    QList<QJsonObject> result;
    for (const QString &id : std::as_const(ids))
        result.append(m_objects.value(id));
    return result;
}

QList<QJsonObject> CatalogIndex::variationsOf(const QString &itemId) const
{
    return children(m_variationsByItem, itemId);
}

QList<QJsonObject> CatalogIndex::modifiersOf(const QString &listId) const
{
    return children(m_modifiersByList, listId);
}

bool CatalogIndex::isLive(const QJsonObject &object) const
{
    if (object.value(u"is_deleted"_s).toBool())
        return false;
    const auto listed = [&](const QString &key) {
        const QJsonArray ids = object.value(key).toArray();
        return ids.contains(QJsonValue(m_locationId));
    };
    if (object.value(u"present_at_all_locations"_s).toBool(true))
        return !listed(u"absent_at_location_ids"_s);
    return listed(u"present_at_location_ids"_s) && !listed(u"absent_at_location_ids"_s);
}

QJsonObject CatalogIndex::locationOverride(const QJsonObject &data) const
{
    for (const QJsonValue &entry : data.value(u"location_overrides"_s).toArray()) {
        const QJsonObject override = entry.toObject();
        if (override.value(u"location_id"_s).toString() == m_locationId)
            return override;
    }
    return {};
}

QJsonObject catalogData(const QJsonObject &object)
{
    static const QHash<QString, QString> DataKeys = {
        {u"ITEM"_s, u"item_data"_s},
        {u"ITEM_VARIATION"_s, u"item_variation_data"_s},
        {u"MODIFIER_LIST"_s, u"modifier_list_data"_s},
        {u"MODIFIER"_s, u"modifier_data"_s},
        {u"CATEGORY"_s, u"category_data"_s},
        {u"TAX"_s, u"tax_data"_s},
        {u"IMAGE"_s, u"image_data"_s},
    };
    return object.value(DataKeys.value(object.value(u"type"_s).toString())).toObject();
}

QString catalogName(const QJsonObject &object)
{
    return catalogData(object).value(u"name"_s).toString();
}

bool hasName(const QJsonObject &object)
{
    return !catalogName(object).trimmed().isEmpty();
}

QString problemLine(const QJsonObject &object, const QString &why)
{
    const QString name = catalogName(object);
    const QString head = u"%1 %2"_s.arg(object.value(u"type"_s).toString(),
                                         object.value(u"id"_s).toString());
    return name.trimmed().isEmpty() ? u"%1: %2"_s.arg(head, why)
                                    : u"%1 (%2): %3"_s.arg(head, name, why);
}

} // namespace kiosk
