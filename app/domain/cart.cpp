#include "domain/cart.h"

#include <QUuid>

namespace kiosk {

Cart::Add Cart::add(const ItemSelection &selection, int quantity)
{
    if (quantity < 1 || quantity > MaxQuantityPerLine)
        return Add::InvalidQuantity;
    if (!selection.item().available)
        return Add::ItemUnavailable;
    if (!selection.isComplete())
        return Add::Incomplete;

    const QStringList optionIds = selection.optionIds();
    for (CartLine &line : m_lines) {
        if (line.itemId == selection.item().id && line.optionIds == optionIds && line.available) {
            if (line.quantity + quantity > MaxQuantityPerLine)
                return Add::InvalidQuantity;
            line.quantity += quantity;
            return Add::Merged;
        }
    }

    CartLine line;
    line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.itemId = selection.item().id;
    line.itemName = selection.item().name;
    line.optionIds = optionIds;
    for (const ModifierOption *o : selection.selectedOptions())
        line.optionNames.append(o->name);
    line.unitPriceCents = selection.unitPriceCents();
    line.defaultUnitPriceCents = selection.defaultUnitPriceCents();
    line.quantity = quantity;
    line.taxes = selection.taxes();
    m_lines.append(line);
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

template<typename Orderable>
int Cart::refreshLines(const Menu &menu, Orderable isOrderable)
{
    int unavailable = 0;
    for (CartLine &line : m_lines) {
        const MenuItem *item = menu.item(line.itemId);
        line.available = item && isOrderable(*item)
                         && ItemSelection::fromOptionIds(menu, *item, line.optionIds).has_value();
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
