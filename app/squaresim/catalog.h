#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace kiosk::squaresim {

// The seller's catalog, in memory. Objects are kept as Square nests them (an ITEM's
// variations in item_data.variations, a MODIFIER_LIST's modifiers in
// modifier_list_data.modifiers) and are also found, listed and searched on their own, as
// ListCatalog and SearchCatalogObjects return them. Every change stamps `updated_at` and
// `version` with a time later than any before, so a search from the last `latest_time` sees it.
class Catalog
{
public:
    // Top-level objects from the seed; all stamped `atMs`.
    void load(const QJsonArray &objects, qint64 atMs);
    // IMAGE objects' image_data.url are file names in the seed; they are served from here.
    void setImageBaseUrl(const QString &base) { m_imageBase = base; }

    // Any object, nested or deleted ones included.
    std::optional<QJsonObject> object(const QString &id) const;
    // Live objects of `types` (the top-level types when empty), in seed order.
    QJsonArray list(const QStringList &types) const;
    // Objects of `types` changed after `afterMs`; deleted ones only with `includeDeleted`.
    QJsonArray changedAfter(const QStringList &types, qint64 afterMs, bool includeDeleted) const;
    qint64 latestMs() const { return m_latestMs; }

    // Admin: replaces an object's data (its type and id stay), or marks it deleted. False when
    // there is no such object.
    bool replace(const QString &id, const QJsonObject &object);
    bool remove(const QString &id);

private:
    QJsonObject presented(QJsonObject object) const;
    QList<QJsonObject> withNested(const QJsonObject &top) const;
    qint64 tick();
    void stamp(QJsonObject *object, qint64 atMs) const;
    // Calls `change` on the object `id` (top-level or nested) and stamps it and its parent.
    bool modify(const QString &id, const std::function<void(QJsonObject *)> &change);

    QStringList m_order;              // top-level ids, in seed order
    QHash<QString, QJsonObject> m_top; // top-level objects, nested ones inside
    QHash<QString, QString> m_parent;  // nested id -> its top-level object's id
    qint64 m_latestMs = 0;
    QString m_imageBase;
};

} // namespace kiosk::squaresim
