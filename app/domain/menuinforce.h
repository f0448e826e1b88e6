#pragma once

#include "domain/menu.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <optional>

namespace kiosk {

// Items paused by staff ("86"), by id: each is sold out until its instant (UTC). An entry
// whose instant has passed is no pause at all, so an expired one needs no removal to end.
using PausedUntil = QHash<QString, QDateTime>;

// The menu customers see at the instant `utc`, read on the wall clock of `zone`, from the
// full (validated) menu: what is outside its window is hidden, not greyed (COMBOS_DESIGN.md).
// - a category outside its windows is removed with its items and combos, and so is a category
//   left with nothing to show (every item and combo of it outside its own windows);
// - an item outside its windows (or its category's) is removed;
// - an item paused at `utc` stays, sold out (available = false), as a sold-out item does;
// - a combo outside its windows is removed; a choice whose item was removed is dropped, and a
//   combo with a step left without choices is removed.
// Modifier groups, taxes and the upsell rules are kept: the suggestion policy checks that what
// it suggests is in the menu and orderable.
Menu menuAt(const Menu &menu, const QDateTime &utc, const QTimeZone &zone, const PausedUntil &pausedUntil);

// The first instant after `utc` at which menuAt's answer may change: a window of a category,
// an item or a combo opening or closing, or a pause ending. nullopt: nothing changes in the
// next 8 days (nextChangeAfter's horizon).
std::optional<QDateTime> nextMenuChangeAfter(const Menu &menu, const QDateTime &utc, const QTimeZone &zone,
                                             const PausedUntil &pausedUntil);

} // namespace kiosk
