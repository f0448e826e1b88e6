#pragma once

#include <QJsonObject>
#include <QStringList>

namespace kiosk::openapi {

// components.schemas with the components api.json refers to but does not define added, each
// written from Square's reference; one that the file defines is left as it is. Without them
// the $refs would have nothing to check against, and the load fails instead (schemaset.h).
QJsonObject withMissingComponents(QJsonObject schemas);

// The names of the components withMissingComponents() may add.
QStringList missingComponentNames();

} // namespace kiosk::openapi
