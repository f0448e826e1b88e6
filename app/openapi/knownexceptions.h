#pragma once

#include "openapi/validator.h"
#include "openapi/violation.h"

#include <QList>
#include <QString>

namespace kiosk::openapi {

// A rule of api.json that Square itself does not apply at one place, documented by Square.
// Each one is named here, with the evidence; nothing else is ever waived.
struct KnownException
{
    QString operationId;
    Direction direction;
    QString path; // array indices written [*]
    Rule rule;
    QString why;
};

const QList<KnownException> &knownExceptions();

// Whether `violation`, found in `operationId`'s body, is one of the known exceptions.
bool isKnownException(const QString &operationId, Direction direction, const Violation &violation);

} // namespace kiosk::openapi
