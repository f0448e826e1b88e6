#pragma once

// refpos's kitchen release log read straight from its database (WAL: readable while refpos
// runs): the methods of every release of an order, oldest first. The admin API gives only
// their count; these tests need to know a counter order was released as "counter".
#include "refpos/refposschema.h"
#include "storage/database.h"

#include <QStringList>

namespace kiosk::test {

inline QStringList releaseMethods(const QString &databasePath, const QString &orderId)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(databasePath, refpos::refposSchema(), &error);
    QStringList methods;
    if (!db)
        return {error};
    Statement row = db->prepare("SELECT method FROM kitchen_releases WHERE order_id = ?1 ORDER BY seq");
    row.bind(1, orderId);
    while (row.next())
        methods.append(row.text(0));
    return methods;
}

} // namespace kiosk::test
