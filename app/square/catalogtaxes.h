#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kiosk {

class CatalogIndex;
class CatalogTexts;

// Square's TAX objects as the menu's "taxes" and each item's "tax_ids".
class CatalogTaxes
{
public:
    CatalogTaxes(const CatalogIndex &index, const CatalogTexts &texts, QStringList *problems);

    // The menu's "taxes": every tax that applies at the kiosk's location, by kiosk id.
    QJsonArray taxes() const { return m_taxes; }
    // An item's "tax_ids": its taxes the kiosk applies, by kiosk id; [] when it has none.
    QJsonArray taxIdsFor(const QJsonObject &item) const;

private:
    const CatalogIndex &m_index;
    QStringList *m_problems;
    QJsonArray m_taxes;
    QHash<QString, QString> m_kioskIds; // Square id -> kiosk id, for the taxes in m_taxes
};

// "8.25" -> 825 basis points, exactly: more than two decimals (other than zeros) or more than
// 100 % gives nullopt, because the kiosk computes in basis points and a rounded rate would
// charge a different tax than Square.
std::optional<int> taxRateBps(const QString &percentage);

} // namespace kiosk
