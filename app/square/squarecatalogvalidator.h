#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiosk {

// The Square menu's validator (MenuOutcome::Updated::validator): what the menu was made from.
// The catalog's latest change time (RFC 3339, as Square writes it: the begin_time of the next
// change search) and a hash of the translations file, so a changed translation makes a new
// menu although the catalog did not change. Written "<catalog time> <translations hash>".
struct SquareCatalogValidator
{
    QString catalogTime;  // "" when the catalog had no time (empty): always fetched again
    QString translations; // translationsHash() of the file

    QString toString() const;
    // nullopt for anything else (a contract v1 ETag left from before the backend changed).
    static std::optional<SquareCatalogValidator> parse(const QString &validator);
};

// The hash of the translations file's bytes; "none" when there is no file.
QString translationsHash(const std::optional<QByteArray> &file);

// The later of two RFC 3339 times, as given ("" counts as the earliest).
QString laterTime(const QString &a, const QString &b);

} // namespace kiosk
