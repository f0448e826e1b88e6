#pragma once

#include "domain/availabilitywindow.h"
#include "domain/localizedtext.h"
#include "domain/money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// An item a combo step offers, at the combo's price plus `priceDeltaCents` (a large drink
// +80); never below it (deltas are not negative).
struct ComboChoice
{
    QString itemId;
    Cents priceDeltaCents = 0;

    bool operator==(const ComboChoice &) const = default;
};

// One step of a combo ("Burger", "Side", "Drink"): `pick` choices are made in it; the same
// item may fill more than one of them (two fries).
struct ComboStep
{
    QString id;
    LocalizedText name;
    int pick = 1;
    QList<ComboChoice> choices;

    const ComboChoice *choice(const QString &itemId) const;
};

// A meal sold at one price. Its id shares the item id space (an id is an item or a combo).
// The first step holds the combo's mains ("Make it a meal").
struct Combo
{
    QString id;
    QString categoryId;
    LocalizedText name;
    LocalizedText description;
    QString image; // absolute path, resolved by the config loader
    Cents priceCents = 0;
    // As MenuItem::taxIds: nullopt is the store's rate, empty is untaxed.
    std::optional<QStringList> taxIds;
    QList<ComboStep> steps;
    // When it is sold (menu.json available_at); empty: always, as for items.
    QList<AvailabilityWindow> availableAt = {};

    const ComboStep *step(const QString &stepId) const;
};

} // namespace kiosk
