#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The signed-in member's rewards as the pages show them; LoyaltyController fills it (texts in
// the current language) and empties it at sign-out.
class LoyaltyRewardListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LoyaltyController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace kiosk
