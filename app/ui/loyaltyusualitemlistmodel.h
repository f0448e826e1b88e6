#pragma once

#include "ui/rowlist.h"

#include <QUrl>

namespace kiosk {

// "Your usual": the signed-in member's recent items that are on the menu, for one-tap re-adds.
// Emptied at sign-out.
class LoyaltyUsualItemListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LoyaltyController")

public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, NameRole, PriceTextRole, ImageUrlRole, AvailableRole };
    Q_ENUM(Roles)

    struct Row
    {
        QString itemId;
        QString name;
        QString priceText;
        QUrl imageUrl;
        bool available = false;

        bool operator==(const Row &) const = default;
    };

    explicit LoyaltyUsualItemListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows) { m_rows.replace(rows); }

private:
    RowList<Row> m_rows;
};

} // namespace kiosk
