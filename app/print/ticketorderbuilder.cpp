#include "print/ticketorderbuilder.h"

#include "domain/menu.h"
#include "domain/order.h"
#include "storage/ticketfacts.h"

namespace kiosk {

namespace {

// An option's name in `language`: the item's groups are searched, as option ids are unique
// only within a group.
QString optionName(const Menu &menu, const MenuItem *item, const QString &optionId,
                   const QString &language, const QString &orderName)
{
    if (item) {
        for (const ModifierGroup *group : menu.groupsOf(*item)) {
            if (const ModifierOption *option = group->option(optionId))
                return option->name.text(language);
        }
    }
    return orderName;
}

QStringList optionNames(const Menu &menu, const MenuItem *item, const QStringList &optionIds,
                        const QStringList &orderNames, const QString &language)
{
    QStringList names;
    for (qsizetype i = 0; i < optionIds.size(); ++i)
        names.append(optionName(menu, item, optionIds.at(i), language, orderNames.value(i, optionIds.at(i))));
    return names;
}

// "Classic Burger (Double, Cheese)": what the kitchen makes for one part of a combo.
QString partText(const OrderLinePart &part, const Menu &menu, const QString &language)
{
    const MenuItem *item = menu.item(part.itemId);
    const QString name = item ? item->name.text(language) : part.itemName;
    const QStringList modifiers = optionNames(menu, item, part.optionIds, part.optionNames, language);
    return modifiers.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, modifiers.join(QStringLiteral(", ")));
}

TicketOrder::Line ticketLine(const OrderLine &line, const Menu &menu, const QString &language)
{
    const MenuItem *item = menu.item(line.itemId);
    TicketOrder::Line ticketLine;
    ticketLine.quantity = line.quantity;
    ticketLine.name = item ? item->name.text(language) : line.itemName;
    if (const Combo *combo = line.isCombo() ? menu.combo(line.comboId) : nullptr)
        ticketLine.name = combo->name.text(language);
    ticketLine.modifiers = optionNames(menu, item, line.optionIds, line.optionNames, language);
    for (const OrderLinePart &part : line.parts)
        ticketLine.parts.append(partText(part, menu, language));
    ticketLine.totalCents = line.lineTotalCents;
    return ticketLine;
}

} // namespace

TicketOrder makeTicketOrder(const Order &order, const Menu &menu, const TicketStore &store,
                            const TicketFacts &facts)
{
    TicketOrder ticket;
    ticket.storeName = store.name;
    ticket.currency = store.currency;
    ticket.number = order.number;
    ticket.orderId = order.id.toString(QUuid::WithoutBraces);
    ticket.createdAt = order.createdAt;
    ticket.language = order.language;
    ticket.dineIn = order.dineOption == DineOption::Here;
    for (const OrderLine &line : order.lines)
        ticket.lines.append(ticketLine(line, menu, order.language));
    ticket.subtotalCents = order.totals.subtotal;
    ticket.discountCents = order.totals.discount;
    ticket.promoCode = order.promoCode;
    ticket.taxCents = order.totals.tax;
    ticket.taxIncludedCents = order.totals.taxIncluded;
    ticket.totalCents = order.totals.total;
    ticket.paidByCard = facts.paidByCard;
    ticket.card = facts.card;
    ticket.pointsEarned = facts.pointsEarned;
    return ticket;
}

} // namespace kiosk
