#include "support/orderbuilder.h"

#include "domain/cart.h"
#include "domain/pricing.h"
#include "storage/database.h"
#include "storage/orderstore.h"

using namespace Qt::StringLiterals;

namespace kiosk::test {

Order sampleOrder(const QUuid &id)
{
    Order order;
    order.id = id;
    order.number = u"K1-042"_s;
    order.kioskId = u"K1"_s;
    order.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15, 250), Qt::UTC);
    order.dineOption = DineOption::ToGo;
    OrderLine burger;
    burger.itemId = u"classic_burger"_s;
    burger.optionIds = {u"burger_double"_s, u"cheese"_s};
    burger.quantity = 2;
    burger.unitPriceCents = 999;
    burger.lineTotalCents = 1998;
    OrderLine fries;
    fries.itemId = u"classic_fries"_s;
    fries.quantity = 1;
    fries.unitPriceCents = 349;
    fries.lineTotalCents = 349;
    order.lines = {burger, fries};
    order.totals = computeTotals(1998 + 349, 0, 825);
    return order;
}

Order comboOrder(const QUuid &id)
{
    Order order = sampleOrder(id);
    OrderLine meal;
    meal.itemId = u"burger_meal"_s;
    meal.comboId = meal.itemId;
    meal.itemName = u"Burger Meal"_s;
    meal.parts = {
        {u"classic_burger"_s, u"Classic Burger"_s, {u"burger_double"_s, u"extra_cheese"_s}, {u"Double"_s, u"Cheese"_s}, 0},
        {u"lemonade"_s, u"Lemonade"_s, {}, {}, 50},
    };
    meal.unitPriceCents = 1099 + 300 + 75 + 50;
    meal.lineTotalCents = meal.unitPriceCents;
    OrderLine cola;
    cola.itemId = u"cola"_s;
    cola.unitPriceCents = 199;
    cola.lineTotalCents = 199;
    order.lines = {meal, cola};
    order.totals = computeTotals(meal.lineTotalCents + 199, 0, 825);
    return order;
}

Order burgerOrder(const QDateTime &at, int quantity, DineOption dineOption)
{
    Order order;
    order.id = QUuid::createUuid();
    order.kioskId = u"T1"_s;
    order.createdAt = at;
    order.dineOption = dineOption;
    order.language = u"en"_s;
    order.lines = {OrderLine{u"classic_burger"_s, u"Classic Burger"_s, {}, {}, quantity, 899, 899 * quantity}};
    order.totals = computeTotals(899 * quantity, 0, 825);
    return order;
}

Order menuOrder(const Menu &menu, int n)
{
    QList<const MenuItem *> orderable;
    for (const MenuItem &item : menu.items()) {
        if (item.available && ItemSelection::withDefaults(menu, item).isComplete())
            orderable.append(&item);
    }
    Cart cart;
    cart.add(ItemSelection::withDefaults(menu, *orderable.at(n % orderable.size())), 1 + n % 3);
    if (n % 2)
        cart.add(ItemSelection::withDefaults(menu, *orderable.at((n * 7 + 1) % orderable.size())), 1);
    return makeOrder(cart, u"T1"_s, n % 2 ? DineOption::ToGo : DineOption::Here, u"en"_s, 825);
}

qint64 commitOrder(Database &db, Order order)
{
    const OrderStore::Commit commit = OrderStore(db).commit(order, u"T"_s);
    if (!commit.ok)
        qFatal("commit failed: %s", qPrintable(commit.error));
    Statement st = db.prepare("SELECT seq FROM outbox WHERE key = ?1");
    st.bind(1, order.id.toString(QUuid::WithoutBraces));
    return st.next() ? st.int64(0) : -1;
}

} // namespace kiosk::test
