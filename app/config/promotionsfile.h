#pragma once

#include "config/configerror.h"
#include "domain/menu.h"
#include "domain/promotion.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace kiosk {

// The optional DIR/promotions.json: the promo codes a kiosk can check on its own when the
// backend cannot answer (README.md, "Managing a store"). Absent: none. Read with
// readPromotionList (the contract's reader, as refpos reads its --promotions file), and, being
// a file a manager edits, held to more: unknown keys are typos, names come in every one of
// `languages`, and a free item must be an item of `menu` (not checked when `menu` is null: its
// own errors are reported). Problems go to `errors` as "promotions.json: <path>: <reason>".
std::optional<QList<Promotion>> readPromotionsFile(const QString &configDir, const QStringList &languages,
                                                   const Menu *menu, ConfigErrors *errors);

} // namespace kiosk
