#include "square/catalogmodifiergroups.h"

#include "square/catalogindex.h"
#include "square/catalogtexts.h"
#include "square/squareids.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The kiosk menu's bound on a group's picks (config/menuparser.cpp).
constexpr int MaxPicksPerGroup = 100;
constexpr int NoLimit = std::numeric_limits<int>::max();

int ordinalOf(const QJsonObject &object, const QString &dataKey)
{
    return object.value(dataKey).toObject().value(u"ordinal"_s).toInt(NoLimit);
}

// min and max as Square means them for this item: modifier_list_info's where set (-1: unset),
// else the list's, else its deprecated selection_type (SINGLE: at most one). 0 or less than -1
// means no limit for max and nothing required for min (CatalogModifierList's descriptions).
std::pair<int, int> selectionLimits(const QJsonObject &listData, const QJsonObject &info)
{
    const auto limit = [](const QJsonObject &o, const QString &key) {
        return o.value(key).toInt(-1);
    };
    int min = 0;
    int max = NoLimit;
    const int listMin = limit(listData, u"min_selected_modifiers"_s);
    const int listMax = limit(listData, u"max_selected_modifiers"_s);
    if (listMin == -1 && listMax == -1) {
        if (listData.value(u"selection_type"_s).toString() == u"SINGLE"_s)
            max = 1;
    } else {
        min = std::max(listMin, 0);
        max = listMax > 0 ? listMax : NoLimit;
    }
    // Square says "when both are -1, use the list's"; with only one set, the other is taken
    // from the list too (our reading). Less than -1 is "invalid", treated as 0 / no limit.
    const int itemMin = limit(info, u"min_selected_modifiers"_s);
    const int itemMax = limit(info, u"max_selected_modifiers"_s);
    if (itemMin != -1)
        min = std::max(itemMin, 0);
    if (itemMax != -1)
        max = itemMax > 0 ? itemMax : NoLimit;
    return {min, max};
}

// on_by_default, or the item's override of it (CatalogModifierOverride).
bool isDefaultFor(const QJsonObject &modifier, const QJsonObject &info)
{
    const QString id = modifier.value(u"id"_s).toString();
    for (const QJsonValue &value : info.value(u"modifier_overrides"_s).toArray()) {
        const QJsonObject override = value.toObject();
        if (override.value(u"modifier_id"_s).toString() != id)
            continue;
        const QString toggle = override.value(u"on_by_default_override"_s).toString();
        if (toggle == u"YES"_s || toggle == u"NO"_s)
            return toggle == u"YES"_s;
        if (override.contains(u"on_by_default"_s))
            return override.value(u"on_by_default"_s).toBool();
    }
    return catalogData(modifier).value(u"on_by_default"_s).toBool();
}

} // namespace

CatalogModifierGroups::CatalogModifierGroups(const CatalogIndex &index, const CatalogTexts &texts,
                                             const CatalogPriceRules &rules,
                                             QStringList *problems)
    : m_index(index), m_texts(texts), m_rules(rules), m_problems(problems)
{
    m_rules.missingIsFree = true;
}

CatalogModifierGroups::Attached CatalogModifierGroups::attach(const QJsonObject &item)
{
    QList<QJsonObject> infos;
    for (const QJsonValue &value : catalogData(item).value(u"modifier_list_info"_s).toArray())
        infos.append(value.toObject());
    std::stable_sort(infos.begin(), infos.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int oa = a.value(u"ordinal"_s).toInt(NoLimit);
        const int ob = b.value(u"ordinal"_s).toInt(NoLimit);
        if (oa != ob)
            return oa < ob;
        return a.value(u"modifier_list_id"_s).toString() < b.value(u"modifier_list_id"_s).toString();
    });
    Attached attached;
    QStringList seen; // a list named twice is offered once, as its first entry says
    for (const QJsonObject &info : std::as_const(infos)) {
        const QString listId = info.value(u"modifier_list_id"_s).toString();
        if (!info.value(u"enabled"_s).toBool(true) || seen.contains(listId))
            continue;
        seen.append(listId);
        if (!attachOne(item, info, &attached))
            attached.orderable = false;
    }
    return attached;
}

QList<CatalogModifierGroups::Option> CatalogModifierGroups::optionsOf(const QJsonObject &list) const
{
    QList<QJsonObject> modifiers = m_index.modifiersOf(list.value(u"id"_s).toString());
    std::stable_sort(modifiers.begin(), modifiers.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return ordinalOf(a, u"modifier_data"_s) < ordinalOf(b, u"modifier_data"_s);
    });
    QList<Option> options;
    for (const QJsonObject &modifier : std::as_const(modifiers)) {
        // Deleted or absent at this location: the store's choice, not a problem.
        if (!m_index.isLive(modifier))
            continue;
        if (!kioskIdFor(SquareIdKind::Modifier, modifier.value(u"id"_s).toString())) {
            m_problems->append(problemLine(modifier, u"its id cannot be a kiosk id; not offered"_s));
            continue;
        }
        if (!hasName(modifier)) {
            m_problems->append(problemLine(modifier, u"has no name; not offered"_s));
            continue;
        }
        const CatalogPrice price = catalogPrice(m_index, catalogData(modifier), m_rules);
        if (!price.problem.isEmpty()) {
            m_problems->append(problemLine(modifier, price.problem + u"; not offered"_s));
            continue;
        }
        options.append({modifier, price.cents, price.soldOut});
    }
    return options;
}

// Attaches one modifier_list_info entry; false when the item cannot be ordered because of it.
bool CatalogModifierGroups::attachOne(const QJsonObject &item, const QJsonObject &info,
                                      Attached *attached)
{
    const QString listId = info.value(u"modifier_list_id"_s).toString();
    const auto list = m_index.find(listId);
    if (!list || list->value(u"type"_s).toString() != u"MODIFIER_LIST"_s) {
        m_problems->append(problemLine(
                item, u"modifier list %1 is not in the catalog; not offered"_s.arg(listId)));
        return true;
    }
    if (!m_index.isLive(*list))
        return true;
    const QJsonObject listData = catalogData(*list);
    // Named ints, not a structured binding: clang 14 (the fuzz build) cannot capture one.
    const std::pair<int, int> limits = selectionLimits(listData, info);
    const int squareMin = limits.first;
    const int squareMax = limits.second;
    const auto cannotOffer = [&](const QString &why) {
        m_problems->append(problemLine(*list, why));
        if (squareMin <= 0)
            return true;
        m_problems->append(problemLine(
                item, u"needs a choice from modifier list %1, which the kiosk cannot offer; shown as not available"_s
                              .arg(listId)));
        return false;
    };
    if (listData.value(u"modifier_type"_s).toString() == u"TEXT"_s) {
        // A text modifier is typed in at the point of sale; the kiosk has no keyboard for it.
        m_problems->append(problemLine(*list, u"text modifiers cannot be entered at a kiosk; not offered"_s));
        if (!listData.value(u"text_required"_s).toBool())
            return true;
        m_problems->append(problemLine(item, u"needs the text of modifier list %1; shown as not available"_s.arg(listId)));
        return false;
    }
    if (!kioskIdFor(SquareIdKind::ModifierList, listId))
        return cannotOffer(u"its id cannot be a kiosk id; not offered"_s);
    if (!hasName(*list))
        return cannotOffer(u"has no name; not offered"_s);

    const QList<Option> all = optionsOf(*list);
    QList<Option> inStock;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(inStock),
                 [](const Option &o) { return !o.soldOut; });
    bool orderable = true;
    // The kiosk picks each option once; Square may allow quantities (allow_quantities).
    if (all.size() < squareMin) {
        m_problems->append(problemLine(
                item, u"needs %1 choices from modifier list %2, which offers %3 at the kiosk (each once); shown as not available"_s
                              .arg(squareMin)
                              .arg(listId)
                              .arg(all.size())));
        orderable = false;
    }
    // Sold out today: the item is shown sold out, as the store set it (no problem line).
    if (inStock.size() < squareMin)
        orderable = false;
    if (inStock.isEmpty())
        return orderable;

    const int max = std::min({squareMax, int(inStock.size()), MaxPicksPerGroup});
    const int min = std::min(squareMin, max);
    QJsonArray options;
    int defaults = 0;
    for (const Option &option : std::as_const(inStock)) {
        bool isDefault = isDefaultFor(option.object, info);
        if (isDefault && ++defaults > max) {
            m_problems->append(problemLine(
                    item, u"more modifiers of list %1 are on by default than it allows (%2); the first %2 are"_s
                                  .arg(listId)
                                  .arg(max)));
            isDefault = false;
        }
        options.append(QJsonObject{
                {u"id"_s, option.object.value(u"id"_s).toString()}, // made a kiosk id below
                {u"name"_s, m_texts.text(option.object, u"name"_s, catalogName(option.object))},
                {u"price_cents"_s, option.cents},
                {u"default"_s, isDefault},
        });
    }
    const QJsonObject group{
            {u"name"_s, m_texts.text(*list, u"name"_s, catalogName(*list))},
            {u"min"_s, min},
            {u"max"_s, max},
            {u"options"_s, options},
    };
    attached->groupIds.append(groupId(listId, group));
    return orderable;
}

// The group's kiosk id: the variant of `listId` with exactly this content, or a new one.
QString CatalogModifierGroups::groupId(const QString &listId, const QJsonObject &group)
{
    QList<QJsonObject> &variants = m_variants[listId];
    qsizetype found = variants.indexOf(group);
    if (found < 0) {
        variants.append(group);
        found = variants.size() - 1;
    }
    const int variant = int(found) + 1;
    const QString id = *kioskIdFor(SquareIdKind::ModifierList, listId, variant);
    if (m_groups.contains(id))
        return id;
    QJsonObject made = group;
    QJsonArray options;
    for (const QJsonValue &value : group.value(u"options"_s).toArray()) {
        QJsonObject option = value.toObject();
        option.insert(u"id"_s, *kioskIdFor(SquareIdKind::Modifier,
                                           option.value(u"id"_s).toString(), variant));
        options.append(option);
    }
    made.insert(u"id"_s, id);
    made.insert(u"options"_s, options);
    m_groups.insert(id, made);
    return id;
}

void CatalogModifierGroups::add(const QString &id, const QJsonObject &group)
{
    m_groups.insert(id, group);
}

QJsonArray CatalogModifierGroups::groups() const
{
    QJsonArray result;
    for (const QJsonObject &group : m_groups)
        result.append(group);
    return result;
}

} // namespace kiosk
