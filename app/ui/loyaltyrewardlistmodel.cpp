#include "ui/loyaltyrewardlistmodel.h"

namespace kiosk {

LoyaltyRewardListModel::LoyaltyRewardListModel(QObject *parent) : QAbstractListModel(parent) {}

void LoyaltyRewardListModel::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    const bool sameIds = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.rewardId == b.rewardId; });
    if (sameIds) {
        // Same rewards, new state (redeemed, affordable, language): delegates stay in place.
        m_rows = rows;
        emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int LoyaltyRewardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LoyaltyRewardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case RewardIdRole:
        return row.rewardId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case PointsCostRole:
        return row.pointsCost;
    case KindRole:
        return row.kind;
    case ValueTextRole:
        return row.valueText;
    case AffordableRole:
        return row.affordable;
    case RedeemedRole:
        return row.redeemed;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoyaltyRewardListModel::roleNames() const
{
    return {{RewardIdRole, "rewardId"}, {NameRole, "name"},           {PointsCostRole, "pointsCost"},
            {KindRole, "kind"},         {ValueTextRole, "valueText"}, {AffordableRole, "affordable"},
            {RedeemedRole, "redeemed"}};
}

} // namespace kiosk
