#pragma once

#include "domain/itemselection.h"

#include <QList>
#include <optional>

namespace kiosk {

// One filled pick of a combo step: an item with its own modifiers, at the step's delta.
struct ComboPart
{
    QString stepId;
    ItemSelection selection;
    Cents priceDeltaCents = 0;
};

// A customer walking a combo's steps. Holds copies of the combo and of each part's item, so a
// menu reload never leaves it dangling; the cart re-checks a combo line against the new menu.
// Prices (docs/menu.md, "Combos"): unit price = combo price + the parts' deltas + the parts'
// modifier prices; savings = the parts bought apart - unit price, never below 0.
class ComboSelection
{
public:
    enum class Pick { Picked, Replaced, UnknownStep, NotAChoice, ItemUnavailable, Incomplete, StepFull, NoSuchSlot };

    ComboSelection(const Menu &menu, const Combo &combo);

    // Fills the next free pick of `stepId` with `part` (its item a choice of the step, its
    // modifiers complete, not sold out): Picked, or why not.
    Pick pick(const QString &stepId, const ItemSelection &part);
    // Puts `part` in place of the step's pick number `slot` (0-based): Replaced, or why not.
    Pick change(const QString &stepId, int slot, const ItemSelection &part);
    // Empties the step's pick number `slot`; the later picks move up.
    bool unpick(const QString &stepId, int slot);

    const Combo &combo() const { return m_combo; }
    const std::optional<QList<Tax>> &taxes() const { return m_taxes; }
    QList<ComboPart> picks(const QString &stepId) const;
    int pickedCount(const QString &stepId) const;
    // Ids of steps with fewer picks than their `pick`, in step order.
    QStringList unmetStepIds() const;
    bool isComplete() const { return unmetStepIds().isEmpty(); }

    // Every pick in step order, then pick order.
    const QList<ComboPart> &parts() const { return m_parts; }
    Cents unitPriceCents() const;
    // Over the picks so far; 0 when buying them apart would cost no more.
    Cents savingsCents() const;

private:
    Pick check(const QString &stepId, const ItemSelection &part, const ComboChoice **choice) const;
    qsizetype indexOf(const QString &stepId, int slot) const;

    Combo m_combo;
    std::optional<QList<Tax>> m_taxes;
    QList<ComboPart> m_parts; // kept in step order
};

} // namespace kiosk
