#pragma once

#include "square/catalogprice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace kiosk {

class CatalogIndex;
class CatalogTexts;

// Square's modifier lists as kiosk modifier groups. Square sets min/max and default modifiers
// per item (CatalogItemModifierListInfo), a kiosk group is shared by the items that use it: one
// list used two ways becomes two groups, the first l_<id> with options m_<id>, the next
// l_<id>_2 with options m_<id>_2 (squareids.h), numbered in menu order.
class CatalogModifierGroups
{
public:
    CatalogModifierGroups(const CatalogIndex &index, const CatalogTexts &texts,
                          const CatalogPriceRules &rules, QStringList *problems);

    struct Attached
    {
        QStringList groupIds;  // in the item's modifier_list_info order
        bool orderable = true; // false: a required choice cannot be made at the kiosk today
    };
    // The groups of one ITEM, made (or shared) as needed.
    Attached attach(const QJsonObject &item);

    // Another group for the menu (an item's size group).
    void add(const QString &id, const QJsonObject &group);
    // Every group made, ordered by id.
    QJsonArray groups() const;

private:
    using Option = PricedObject;
    QList<Option> optionsOf(const QJsonObject &list) const;
    bool attachOne(const QJsonObject &item, const QJsonObject &info, Attached *attached);
    QString groupId(const QString &listId, const QJsonObject &group);

    const CatalogIndex &m_index;
    const CatalogTexts &m_texts;
    CatalogPriceRules m_rules;
    QStringList *m_problems;
    QMap<QString, QJsonObject> m_groups;             // kiosk id -> group
    QHash<QString, QList<QJsonObject>> m_variants;   // list id -> its groups' ways, in id order
};

} // namespace kiosk
