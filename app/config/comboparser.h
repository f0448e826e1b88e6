#pragma once

#include "config/menufields.h"
#include "domain/menu.h"

namespace kiosk {

// Reads menu.json's optional "combos" (docs/menu.md) after its items, which the steps name.
// Combo ids share the item id space: `idPaths` holds the item ids (id -> JSON path) and gains
// the combo ids. Problems go to `fields`' reader; the combos are returned as far as readable.
QList<Combo> readCombos(MenuFields &fields, const QJsonObject &root, const QList<MenuItem> &items,
                        QHash<QString, QString> *idPaths);

} // namespace kiosk
