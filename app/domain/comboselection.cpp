#include "domain/comboselection.h"

#include <algorithm>

namespace kiosk {

ComboSelection::ComboSelection(const Menu &menu, const Combo &combo)
    : m_combo(combo), m_taxes(menu.taxesOf(combo))
{
}

ComboSelection::Pick ComboSelection::check(const QString &stepId, const ItemSelection &part,
                                           const ComboChoice **choice) const
{
    const ComboStep *step = m_combo.step(stepId);
    if (!step)
        return Pick::UnknownStep;
    *choice = step->choice(part.item().id);
    if (!*choice)
        return Pick::NotAChoice;
    if (!part.item().available)
        return Pick::ItemUnavailable;
    if (!part.isComplete())
        return Pick::Incomplete;
    return Pick::Picked;
}

ComboSelection::Pick ComboSelection::pick(const QString &stepId, const ItemSelection &part)
{
    const ComboChoice *choice = nullptr;
    if (const Pick refused = check(stepId, part, &choice); refused != Pick::Picked)
        return refused;
    if (pickedCount(stepId) >= m_combo.step(stepId)->pick)
        return Pick::StepFull;
    // After the step's last pick, so parts() stays in step order.
    const auto stepIndex = [this](const QString &id) {
        return std::find_if(m_combo.steps.cbegin(), m_combo.steps.cend(),
                            [&](const ComboStep &s) { return s.id == id; })
                - m_combo.steps.cbegin();
    };
    qsizetype at = 0;
    while (at < m_parts.size() && stepIndex(m_parts.at(at).stepId) <= stepIndex(stepId))
        ++at;
    m_parts.insert(at, ComboPart{stepId, part, choice->priceDeltaCents});
    return Pick::Picked;
}

ComboSelection::Pick ComboSelection::change(const QString &stepId, int slot, const ItemSelection &part)
{
    const ComboChoice *choice = nullptr;
    if (const Pick refused = check(stepId, part, &choice); refused != Pick::Picked)
        return refused;
    const qsizetype i = indexOf(stepId, slot);
    if (i < 0)
        return Pick::NoSuchSlot;
    m_parts.replace(i, ComboPart{stepId, part, choice->priceDeltaCents});
    return Pick::Replaced;
}

bool ComboSelection::unpick(const QString &stepId, int slot)
{
    const qsizetype i = indexOf(stepId, slot);
    if (i < 0)
        return false;
    m_parts.removeAt(i);
    return true;
}

qsizetype ComboSelection::indexOf(const QString &stepId, int slot) const
{
    int seen = 0;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).stepId == stepId && seen++ == slot)
            return i;
    }
    return -1;
}

QList<ComboPart> ComboSelection::picks(const QString &stepId) const
{
    QList<ComboPart> result;
    for (const ComboPart &part : m_parts) {
        if (part.stepId == stepId)
            result.append(part);
    }
    return result;
}

int ComboSelection::pickedCount(const QString &stepId) const
{
    return int(std::count_if(m_parts.cbegin(), m_parts.cend(),
                             [&](const ComboPart &part) { return part.stepId == stepId; }));
}

QStringList ComboSelection::unmetStepIds() const
{
    QStringList unmet;
    for (const ComboStep &step : m_combo.steps) {
        if (pickedCount(step.id) < step.pick)
            unmet.append(step.id);
    }
    return unmet;
}

Cents ComboSelection::unitPriceCents() const
{
    Cents price = m_combo.priceCents;
    for (const ComboPart &part : m_parts)
        price += part.priceDeltaCents + part.selection.unitPriceCents() - part.selection.item().priceCents;
    return price;
}

Cents ComboSelection::savingsCents() const
{
    Cents apart = 0;
    for (const ComboPart &part : m_parts)
        apart += part.selection.unitPriceCents();
    return std::max<Cents>(0, apart - unitPriceCents());
}

} // namespace kiosk
