#pragma once

#include "ui/rowlist.h"

namespace kiosk {

// The signed-in member's rewards as the pages show them; LoyaltyController fills it (texts in
// the current language) and empties it at sign-out.
class LoyaltyRewardListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LoyaltyController")

public:
    enum Roles {
        RewardIdRole = Qt::UserRole + 1,
        NameRole,
        PointsCostRole,
        KindRole,       // "free_item" | "amount_off" | "percent_off"
        ValueTextRole,  // "$2.00 off", "10% off", or the free item's name
        AffordableRole, // the member has the points for it now, besides those already redeemed
        RedeemedRole,
    };
    Q_ENUM(Roles)

    struct Row
    {
        QString rewardId;
        QString name;
        int pointsCost = 0;
        QString kind;
        QString valueText;
        bool affordable = false;
        bool redeemed = false;

        bool operator==(const Row &) const = default;
    };

    explicit LoyaltyRewardListModel(QObject *parent = nullptr);

    // Same rewards, new state (redeemed, affordable, language): delegates stay in place.
    void setRows(const QList<Row> &rows) { m_rows.replace(rows); }
    const QList<Row> &rows() const { return m_rows.rows(); }

private:
    RowList<Row> m_rows;
};

} // namespace kiosk
