#include "ui/loyaltyusualitemlistmodel.h"

namespace kiosk {

LoyaltyUsualItemListModel::LoyaltyUsualItemListModel(QObject *parent) : QAbstractListModel(parent) {}

void LoyaltyUsualItemListModel::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int LoyaltyUsualItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LoyaltyUsualItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case PriceTextRole:
        return row.priceText;
    case ImageUrlRole:
        return row.imageUrl;
    case AvailableRole:
        return row.available;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoyaltyUsualItemListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {PriceTextRole, "priceText"},
            {ImageUrlRole, "imageUrl"},
            {AvailableRole, "available"}};
}

} // namespace kiosk
