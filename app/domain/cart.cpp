#include "domain/cart.h"

#include <QUuid>

namespace kiosk {

namespace {

bool isOrderable(const Menu &menu, const QString &itemId, const QStringList &optionIds,
                 const Cart::ItemOrderable &orderable)
{
    const MenuItem *item = menu.item(itemId);
    return item && orderable(*item) && ItemSelection::fromOptionIds(menu, *item, optionIds).has_value();
}

// Every part checked (each is flagged for the cart to show); the line is orderable when the
// combo still exists and every part still is one of its step's choices and orderable.
bool refreshComboLine(const Menu &menu, CartLine *line, const Cart::ItemOrderable &orderable)
{
    const Combo *combo = menu.combo(line->comboId);
    bool available = combo != nullptr;
    for (CartLinePart &part : line->parts) {
        const ComboStep *step = combo ? combo->step(part.stepId) : nullptr;
        part.available = step && step->choice(part.itemId)
                         && isOrderable(menu, part.itemId, part.optionIds, orderable);
        available = available && part.available;
    }
    return available;
}

} // namespace

Cart::Add Cart::add(const ItemSelection &selection, int quantity)
{
    if (quantity < 1 || quantity > MaxQuantityPerLine)
        return Add::InvalidQuantity;
    if (!selection.item().available)
        return Add::ItemUnavailable;
    if (!selection.isComplete())
        return Add::Incomplete;

    CartLine line;
    line.itemId = selection.item().id;
    line.itemName = selection.item().name;
    line.optionIds = selection.optionIds();
    for (const ModifierOption *o : selection.selectedOptions())
        line.optionNames.append(o->name);
    line.unitPriceCents = selection.unitPriceCents();
    line.defaultUnitPriceCents = selection.defaultUnitPriceCents();
    line.taxes = selection.taxes();
    return addOrMerge(std::move(line), quantity);
}

Cart::Add Cart::add(const ComboSelection &selection, int quantity)
{
    if (quantity < 1 || quantity > MaxQuantityPerLine)
        return Add::InvalidQuantity;
    if (!selection.isComplete())
        return Add::Incomplete;
    CartLine line;
    line.itemId = selection.combo().id;
    line.comboId = selection.combo().id;
    line.itemName = selection.combo().name;
    line.unitPriceCents = selection.unitPriceCents();
    // A free-item reward never names a combo; its own price keeps the field meaningful.
    line.defaultUnitPriceCents = line.unitPriceCents;
    line.taxes = selection.taxes();
    for (const ComboPart &part : selection.parts()) {
        if (!part.selection.item().available)
            return Add::ItemUnavailable;
        CartLinePart linePart;
        linePart.stepId = part.stepId;
        linePart.itemId = part.selection.item().id;
        linePart.itemName = part.selection.item().name;
        linePart.optionIds = part.selection.optionIds();
        for (const ModifierOption *o : part.selection.selectedOptions())
            linePart.optionNames.append(o->name);
        linePart.priceDeltaCents = part.priceDeltaCents;
        line.parts.append(linePart);
    }
    return addOrMerge(std::move(line), quantity);
}

Cart::Add Cart::addOrMerge(CartLine added, int quantity)
{
    for (CartLine &line : m_lines) {
        if (!line.available || line.itemId != added.itemId || line.optionIds != added.optionIds
            || line.comboId != added.comboId || line.parts != added.parts)
            continue;
        if (line.quantity + quantity > MaxQuantityPerLine)
            return Add::InvalidQuantity;
        line.quantity += quantity;
        return Add::Merged;
    }
    added.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.quantity = quantity;
    m_lines.append(added);
    return Add::Added;
}

int Cart::indexOf(const QString &lineId) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).lineId == lineId)
            return i;
    }
    return -1;
}

bool Cart::setQuantity(const QString &lineId, int quantity)
{
    const int i = indexOf(lineId);
    if (i < 0 || quantity < 1 || quantity > MaxQuantityPerLine)
        return false;
    m_lines[i].quantity = quantity;
    return true;
}

bool Cart::remove(const QString &lineId)
{
    const int i = indexOf(lineId);
    if (i < 0)
        return false;
    m_lines.removeAt(i);
    return true;
}

int Cart::itemCount() const
{
    int count = 0;
    for (const CartLine &line : m_lines)
        count += line.quantity;
    return count;
}

Cents Cart::subtotalCents() const
{
    Cents subtotal = 0;
    for (const CartLine &line : m_lines)
        subtotal += line.lineTotalCents();
    return subtotal;
}

int Cart::refreshLines(const Menu &menu, const ItemOrderable &orderable)
{
    int unavailable = 0;
    for (CartLine &line : m_lines) {
        if (line.isCombo()) {
            line.available = refreshComboLine(menu, &line, orderable);
            unavailable += line.available ? 0 : 1;
            continue;
        }
        line.available = isOrderable(menu, line.itemId, line.optionIds, orderable);
        if (!line.available)
            ++unavailable;
    }
    return unavailable;
}

int Cart::refreshAvailability(const Menu &menu)
{
    return refreshLines(menu, [](const MenuItem &item) { return item.available; });
}

int Cart::refreshAvailability(const Menu &menu, const QDateTime &utc, const QTimeZone &zone)
{
    return refreshLines(menu, [&](const MenuItem &item) { return menu.isOrderableAt(item, utc, zone); });
}

bool Cart::hasUnavailableLines() const
{
    for (const CartLine &line : m_lines) {
        if (!line.available)
            return true;
    }
    return false;
}

} // namespace kiosk
