#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk::squaresim {

// What the simulator starts from (--seed DIR): DIR/seed.json holds Square objects as Square
// returns them, {"location": Location, "catalog": [CatalogObject, top-level, variations and
// modifiers nested], "customers": [Customer], "loyalty_program": LoyaltyProgram,
// "loyalty_accounts": [LoyaltyAccount]}; DIR/images/ the files IMAGE objects name in
// image_data.url. State lives in memory: a restarted simulator starts from the seed again.
struct Seed
{
    QJsonObject location;
    QJsonArray catalog;
    QJsonArray customers;
    QJsonObject program;
    QJsonArray accounts;
    QString imagesDir;

    QString locationId() const { return location.value(QStringLiteral("id")).toString(); }
    QString currency() const { return location.value(QStringLiteral("currency")).toString(); }

    // nullopt with `error` when the file cannot be read, is not JSON, or lacks the location.
    static std::optional<Seed> load(const QString &dir, QString *error);
};

} // namespace kiosk::squaresim
