#pragma once

#include "domain/money.h"

#include <QString>

namespace kiosk {

// Formats cents for display in a language: "$8.99" (en), "$8.99" (es_US), "-$1.50".
QString formatMoney(Cents cents, const QString &language, const QString &currency);

} // namespace kiosk
