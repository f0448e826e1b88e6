#include "openapi/knownexceptions.h"

#include <QRegularExpression>

namespace kiosk::openapi {

const QList<KnownException> &knownExceptions()
{
    static const QList<KnownException> exceptions = {
        // UpdateOrderRequest.order is an Order, whose schema requires location_id. Square's
        // UpdateOrder takes a *sparse* Order: "your request should only include the properties
        // that you want to add, update, or clear ... Unchanged and immutable properties are
        // ignored" (developer.squareup.com/docs/orders-api/manage-orders/update-orders), and
        // location_id cannot be changed at all (Square's developer forum, "Cannot update
        // orders in orderapi"). api.json's own UpdateOrderRequest example omits it.
        {QStringLiteral("UpdateOrder"), Direction::Request, QStringLiteral("$.order.location_id"),
         Rule::Required,
         QStringLiteral("UpdateOrder takes a sparse Order; location_id is immutable")},
        // A stale order version is answered with code VERSION_MISMATCH ("Square returns a
        // \"version mismatch\" error", developer.squareup.com/docs/working-with-apis/optimistic-concurrency),
        // a code api.json's ErrorCode enum does not list.
        {QStringLiteral("UpdateOrder"), Direction::Response, QStringLiteral("$.errors[*].code"), Rule::Enum,
         QStringLiteral("UpdateOrder answers a stale version with VERSION_MISMATCH")},
    };
    return exceptions;
}

bool isKnownException(const QString &operationId, Direction direction, const Violation &violation)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString path;
    for (const KnownException &exception : knownExceptions()) {
        if (exception.operationId != operationId || exception.direction != direction
            || exception.rule != violation.rule)
            continue;
        if (path.isEmpty())
            path = QString(violation.path).replace(index, QStringLiteral("[*]"));
        if (exception.path == path)
            return true;
    }
    return false;
}

} // namespace kiosk::openapi
