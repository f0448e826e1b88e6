#include "openapi/missingcomponents.h"

#include <QJsonArray>

namespace kiosk::openapi {

namespace {

QJsonObject stringEnum(const QStringList &values)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("enum"), QJsonArray::fromStringList(values)}};
}

QHash<QString, QJsonObject> missingComponents()
{
    return {
        // Release 2025-08-20 $refs it five times (CatalogItemModifierListInfo.allow_quantities,
        // .is_conversational, .hidden_from_customer_override, CatalogModifierOverride
        // .hidden_online_override, .on_by_default_override: the catalog the kiosk reads) but
        // never defines it. Square's reference gives those fields as strings whose values are
        // YES, NO and NOT_SET (developer.squareup.com/reference/square/objects/
        // CatalogModifierOverride; the descriptions in api.json say the same).
        {QStringLiteral("CatalogModifierToggleOverrideType"),
         stringEnum({QStringLiteral("YES"), QStringLiteral("NO"), QStringLiteral("NOT_SET")})},
    };
}

} // namespace

QJsonObject withMissingComponents(QJsonObject schemas)
{
    const QHash<QString, QJsonObject> missing = missingComponents();
    for (auto it = missing.begin(); it != missing.end(); ++it) {
        if (!schemas.contains(it.key()))
            schemas.insert(it.key(), it.value());
    }
    return schemas;
}

QStringList missingComponentNames()
{
    return missingComponents().keys();
}

} // namespace kiosk::openapi
