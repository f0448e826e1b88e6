#pragma once

// Orders as the kiosk's checkout builds them, and committed as it commits them.
#include "domain/menu.h"
#include "domain/order.h"

#include <QDateTime>
#include <QUuid>

namespace kiosk {
class Database;
}

namespace kiosk::test {

// A valid order of two lines (2 x 999 + 1 x 349, tax 825 bps) from kiosk K1 at a fixed time,
// built with the domain's own types; tests mutate its JSON to break one rule at a time.
Order sampleOrder(const QUuid &id = QUuid::createUuid());

// A valid order of tests/data/combo-menu/menu.json from kiosk K1: a Burger Meal (1099) of a
// double (+300) Classic Burger with cheese (+75) and a lemonade (+50), 1524, and a cola (199).
Order comboOrder(const QUuid &id = QUuid::createUuid());

// `quantity` Classic Burgers (899 each, tax 825 bps) from kiosk T1, created at `at`.
Order burgerOrder(const QDateTime &at, int quantity = 1, DineOption dineOption = DineOption::Here);

// Order `n` of `menu`: one or two available items with their default options, to go for odd
// `n`, from kiosk T1; different `n` give different items and quantities.
Order menuOrder(const Menu &menu, int n);

// Commits `order` through OrderStore with prefix "T" (its orders row and outbox row in one
// transaction), as checkout does; its outbox seq. Fails the test run when it cannot.
qint64 commitOrder(Database &db, Order order);

} // namespace kiosk::test
