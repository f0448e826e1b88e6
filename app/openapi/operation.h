#pragma once

#include "openapi/pathtemplate.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace kiosk::openapi {

struct Schema;

// One operation of api.json (a method on a path), with its compiled body schemas.
struct Operation
{
    QString operationId;   // "CreateTerminalCheckout"
    QByteArray method;     // upper case: "POST"
    QString pathTemplate;  // "/v2/terminals/checkouts"
    PathTemplate path;

    // The application/json request body's schema; null when the operation takes no body
    // (GET, DELETE...) or only another media type (requestContentType says which).
    const Schema *requestBody = nullptr;
    QString requestContentType; // empty: no requestBody at all
    bool requestBodyRequired = false;

    // The application/json response schemas by status key: "200" (every operation of release
    // 2025-08-20 has exactly that one), "default", or another status.
    QHash<QString, const Schema *> responses;
};

} // namespace kiosk::openapi
