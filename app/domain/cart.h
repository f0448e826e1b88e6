#pragma once

#include "domain/itemselection.h"

#include <QList>
#include <QString>

namespace kiosk {

struct CartLine
{
    QString lineId; // stable for the life of the line, so the UI can address it
    QString itemId;
    LocalizedText itemName;
    QStringList optionIds;
    QList<LocalizedText> optionNames;
    Cents unitPriceCents = 0;
    Cents defaultUnitPriceCents = 0; // the item with its default choices (free-item rewards)
    int quantity = 1;
    // The item's taxes when it was added, as its price is; nullopt: the store's rate.
    std::optional<QList<Tax>> taxes;
    bool available = true; // false once the menu says the item is sold out or gone

    Cents lineTotalCents() const { return unitPriceCents * quantity; }

    bool operator==(const CartLine &) const = default;
};

// The customer's order before checkout. Identical picks (same item, same options) merge.
class Cart
{
public:
    static constexpr int MaxQuantityPerLine = 20;

    enum class Add { Added, Merged, ItemUnavailable, Incomplete, InvalidQuantity };

    Add add(const ItemSelection &selection, int quantity);
    // Quantities outside 1..MaxQuantityPerLine are refused; removal is explicit.
    bool setQuantity(const QString &lineId, int quantity);
    bool remove(const QString &lineId);
    void clear() { m_lines.clear(); }

    const QList<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    int itemCount() const;
    Cents subtotalCents() const;

    // Re-checks every line against `menu` (after a reload or an availability change);
    // returns how many lines cannot be ordered now.
    int refreshAvailability(const Menu &menu);
    // The same, and a line is also unavailable outside its item's (or category's) dayparts at
    // the instant `utc` on the wall clock of `zone`.
    int refreshAvailability(const Menu &menu, const QDateTime &utc, const QTimeZone &zone);
    bool hasUnavailableLines() const;

private:
    int indexOf(const QString &lineId) const;
    template<typename Orderable>
    int refreshLines(const Menu &menu, Orderable isOrderable);

    QList<CartLine> m_lines;
};

} // namespace kiosk
