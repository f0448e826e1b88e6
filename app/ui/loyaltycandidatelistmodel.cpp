#include "ui/loyaltycandidatelistmodel.h"

namespace kiosk {

LoyaltyCandidateListModel::LoyaltyCandidateListModel(QObject *parent) : QAbstractListModel(parent) {}

void LoyaltyCandidateListModel::setRows(const QList<Row> &rows)
{
    if (rows.isEmpty() && m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int LoyaltyCandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LoyaltyCandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MaskedNameRole:
        return row.maskedName;
    case TierRole:
        return row.tier;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoyaltyCandidateListModel::roleNames() const
{
    return {{MaskedNameRole, "maskedName"}, {TierRole, "tier"}};
}

} // namespace kiosk
