#include "squaresim/catalog.h"

#include "squaresim/squarejson.h"

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

// Where Square nests objects: {type of the parent, its data field, the array in it}.
struct Nesting
{
    QString parentType;
    QString dataField;
    QString arrayField;
};

const QList<Nesting> &nestings()
{
    static const QList<Nesting> list{
        {u"ITEM"_s, u"item_data"_s, u"variations"_s},
        {u"MODIFIER_LIST"_s, u"modifier_list_data"_s, u"modifiers"_s},
    };
    return list;
}

// Without types, the top-level ones: a nested type (ITEM_VARIATION, MODIFIER, IMAGE) comes
// only when asked for by name
// (https://developer.squareup.com/reference/square/catalog-api/search-catalog-objects, object_types).
bool ofTypes(const QJsonObject &object, const QStringList &types)
{
    static const QStringList nested{u"ITEM_VARIATION"_s, u"MODIFIER"_s, u"IMAGE"_s};
    const QString type = object.value(u"type"_s).toString();
    return types.isEmpty() ? !nested.contains(type) : types.contains(type);
}

} // namespace

void Catalog::load(const QJsonArray &objects, qint64 atMs)
{
    m_latestMs = atMs;
    for (const QJsonValue &value : objects) {
        QJsonObject object = value.toObject();
        const QString id = object.value(u"id"_s).toString();
        stamp(&object, atMs);
        for (const Nesting &nesting : nestings()) {
            if (object.value(u"type"_s).toString() != nesting.parentType)
                continue;
            QJsonObject data = object.value(nesting.dataField).toObject();
            QJsonArray children = data.value(nesting.arrayField).toArray();
            for (qsizetype i = 0; i < children.size(); ++i) {
                QJsonObject child = children.at(i).toObject();
                stamp(&child, atMs);
                m_parent.insert(child.value(u"id"_s).toString(), id);
                children.replace(i, child);
            }
            data.insert(nesting.arrayField, children);
            object.insert(nesting.dataField, data);
        }
        m_order.append(id);
        m_top.insert(id, object);
    }
}

void Catalog::stamp(QJsonObject *object, qint64 atMs) const
{
    object->insert(u"updated_at"_s, rfc3339(atMs));
    object->insert(u"version"_s, atMs);
    if (!object->contains(u"is_deleted"_s))
        object->insert(u"is_deleted"_s, false);
}

qint64 Catalog::tick()
{
    m_latestMs = std::max(nowMs(), m_latestMs + 1);
    return m_latestMs;
}

QJsonObject Catalog::presented(QJsonObject object) const
{
    if (object.value(u"type"_s).toString() != u"IMAGE")
        return object;
    QJsonObject data = object.value(u"image_data"_s).toObject();
    const QString url = data.value(u"url"_s).toString();
    if (!url.startsWith(u"http"))
        data.insert(u"url"_s, m_imageBase + u"/sim/images/"_s + url);
    object.insert(u"image_data"_s, data);
    return object;
}

QList<QJsonObject> Catalog::withNested(const QJsonObject &top) const
{
    QList<QJsonObject> all{top};
    for (const Nesting &nesting : nestings()) {
        if (top.value(u"type"_s).toString() != nesting.parentType)
            continue;
        const QJsonArray children = top.value(nesting.dataField).toObject().value(nesting.arrayField).toArray();
        for (const QJsonValue &child : children)
            all.append(child.toObject());
    }
    return all;
}

std::optional<QJsonObject> Catalog::object(const QString &id) const
{
    if (m_top.contains(id))
        return presented(m_top.value(id));
    if (!m_parent.contains(id))
        return std::nullopt;
    for (const QJsonObject &object : withNested(m_top.value(m_parent.value(id)))) {
        if (object.value(u"id"_s).toString() == id)
            return presented(object);
    }
    return std::nullopt;
}

QJsonArray Catalog::list(const QStringList &types) const
{
    return changedAfter(types, -1, false);
}

QJsonArray Catalog::changedAfter(const QStringList &types, qint64 afterMs, bool includeDeleted) const
{
    QJsonArray found;
    for (const QString &id : m_order) {
        for (const QJsonObject &object : withNested(m_top.value(id))) {
            if (!ofTypes(object, types) || (!includeDeleted && object.value(u"is_deleted"_s).toBool()))
                continue;
            if (object.value(u"version"_s).toInteger() > afterMs)
                found.append(presented(object));
        }
    }
    return found;
}

bool Catalog::modify(const QString &id, const std::function<void(QJsonObject *)> &change)
{
    const qint64 at = tick();
    if (m_top.contains(id)) {
        QJsonObject &top = m_top[id];
        change(&top);
        stamp(&top, at);
        return true;
    }
    if (!m_parent.contains(id))
        return false;
    QJsonObject &top = m_top[m_parent.value(id)];
    for (const Nesting &nesting : nestings()) {
        if (top.value(u"type"_s).toString() != nesting.parentType)
            continue;
        QJsonObject data = top.value(nesting.dataField).toObject();
        QJsonArray children = data.value(nesting.arrayField).toArray();
        for (qsizetype i = 0; i < children.size(); ++i) {
            QJsonObject child = children.at(i).toObject();
            if (child.value(u"id"_s).toString() != id)
                continue;
            change(&child);
            stamp(&child, at);
            children.replace(i, child);
        }
        data.insert(nesting.arrayField, children);
        top.insert(nesting.dataField, data);
    }
    stamp(&top, at); // a nested change is a change of its parent too
    return true;
}

bool Catalog::replace(const QString &id, const QJsonObject &object)
{
    return modify(id, [&object](QJsonObject *target) {
        const QJsonValue type = target->value(u"type"_s);
        const QJsonValue targetId = target->value(u"id"_s);
        *target = object;
        target->insert(u"type"_s, type);
        target->insert(u"id"_s, targetId);
    });
}

bool Catalog::remove(const QString &id)
{
    return modify(id, [](QJsonObject *target) { target->insert(u"is_deleted"_s, true); });
}

} // namespace kiosk::squaresim
