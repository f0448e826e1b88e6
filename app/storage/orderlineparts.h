#pragma once

#include "domain/order.h"

#include <QString>

namespace kiosk {

// A combo line's parts as order_lines.parts keeps them: a JSON array of
// {"item_id", "item_name", "option_ids", "option_names", "price_delta_cents"}, names included
// so a reprint reads as the first ticket did. "[]" for an item line.
QString orderLinePartsToJson(const QList<OrderLinePart> &parts);
QList<OrderLinePart> orderLinePartsFromJson(const QString &json);

} // namespace kiosk
