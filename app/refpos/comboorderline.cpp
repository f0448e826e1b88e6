#include "refpos/comboorderline.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

QString index(const QString &path, qsizetype i)
{
    return u"%1[%2]"_s.arg(path).arg(i);
}

QJsonObject findById(const QJsonObject &menu, const QString &list, const QString &id)
{
    for (const QJsonValue &entry : menu.value(list).toArray()) {
        if (entry.toObject().value(u"id"_s).toString() == id)
            return entry.toObject();
    }
    return {};
}

// The part's modifiers against its item's groups; adds their prices to `*modifierCents`.
QString checkModifiers(const QJsonObject &menu, const QJsonObject &item, const OrderLinePart &part,
                       const QString &path, Cents *modifierCents)
{
    QHash<QString, int> pickedPerGroup;
    for (qsizetype i = 0; i < part.optionIds.size(); ++i) {
        const QString &optionId = part.optionIds.at(i);
        if (part.optionIds.indexOf(optionId) != i)
            return u"%1: duplicate modifier \"%2\""_s.arg(index(path + u".modifiers"_s, i), optionId);
        bool found = false;
        for (const QJsonValue &groupId : item.value(u"modifier_groups"_s).toArray()) {
            const QJsonObject group = findById(menu, u"modifier_groups"_s, groupId.toString());
            for (const QJsonValue &option : group.value(u"options"_s).toArray()) {
                if (option.toObject().value(u"id"_s).toString() != optionId)
                    continue;
                found = true;
                *modifierCents += option.toObject().value(u"price_cents"_s).toInteger();
                ++pickedPerGroup[groupId.toString()];
            }
        }
        if (!found) {
            return u"%1: unknown modifier \"%2\" for item \"%3\""_s.arg(
                    index(path + u".modifiers"_s, i), optionId, part.itemId);
        }
    }
    for (const QJsonValue &groupId : item.value(u"modifier_groups"_s).toArray()) {
        const QJsonObject group = findById(menu, u"modifier_groups"_s, groupId.toString());
        const int picked = pickedPerGroup.value(groupId.toString());
        const int min = group.value(u"min"_s).toInt(0);
        const int max = group.value(u"max"_s).toInt(1);
        if (picked < min || picked > max) {
            return u"%1.modifiers: group \"%2\" takes %3 to %4 modifiers, got %5"_s.arg(path, groupId.toString())
                    .arg(min).arg(max).arg(picked);
        }
    }
    return {};
}

QString checkComboLine(const QJsonObject &menu, const OrderLine &line, const QString &path)
{
    const QJsonObject combo = findById(menu, u"combos"_s, line.comboId);
    if (combo.isEmpty())
        return u"%1.combo_id: unknown combo \"%2\""_s.arg(path, line.comboId);
    const QString partsPath = path + u".parts"_s;
    Cents deltas = 0;
    Cents modifiers = 0;
    qsizetype next = 0; // the parts fill the steps in order
    for (const QJsonValue &stepValue : combo.value(u"steps"_s).toArray()) {
        const QJsonObject step = stepValue.toObject();
        const QString stepId = step.value(u"id"_s).toString();
        const int pick = step.value(u"pick"_s).toInt(1);
        for (int n = 0; n < pick; ++n, ++next) {
            if (next >= line.parts.size()) {
                return u"%1: step \"%2\" of combo \"%3\" takes %4 part(s), got %5"_s.arg(partsPath, stepId, line.comboId)
                        .arg(pick).arg(n);
            }
            const OrderLinePart &part = line.parts.at(next);
            const QString partPath = index(partsPath, next);
            QJsonObject choice;
            for (const QJsonValue &c : step.value(u"choices"_s).toArray()) {
                if (c.toObject().value(u"item"_s).toString() == part.itemId)
                    choice = c.toObject();
            }
            if (choice.isEmpty()) {
                return u"%1.item_id: \"%2\" is not a choice of step \"%3\" of combo \"%4\""_s.arg(
                        partPath, part.itemId, stepId, line.comboId);
            }
            const Cents delta = choice.value(u"price_delta_cents"_s).toInteger();
            if (part.priceDeltaCents != delta) {
                return u"%1.price_delta_cents: expected %2, got %3"_s.arg(partPath).arg(delta).arg(
                        part.priceDeltaCents);
            }
            deltas += delta;
            const QJsonObject item = findById(menu, u"items"_s, part.itemId);
            if (item.isEmpty())
                return u"%1.item_id: unknown item \"%2\""_s.arg(partPath, part.itemId);
            if (const QString problem = checkModifiers(menu, item, part, partPath, &modifiers); !problem.isEmpty())
                return problem;
        }
    }
    if (next < line.parts.size()) {
        return u"%1: combo \"%2\" has no step left for \"%3\""_s.arg(index(partsPath, next), line.comboId,
                                                                      line.parts.at(next).itemId);
    }
    const Cents price = combo.value(u"price_cents"_s).toInteger();
    const Cents expected = price + deltas + modifiers;
    if (line.unitPriceCents != expected) {
        return u"%1.unit_price_cents: expected %2 (combo %3 + deltas %4 + modifiers %5), got %6"_s.arg(path)
                .arg(expected).arg(price).arg(deltas).arg(modifiers).arg(line.unitPriceCents);
    }
    return {};
}

} // namespace

QString checkComboLines(const QJsonObject &menu, const Order &order)
{
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        if (!order.lines.at(i).isCombo())
            continue;
        if (const QString problem = checkComboLine(menu, order.lines.at(i), index(u"lines"_s, i)); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace kiosk::refpos
