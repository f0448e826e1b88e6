#include "ui/rowlistmodel.h"

#include <algorithm>

namespace kiosk {

void RowListModel::attach(const Rows *rows, const QHash<int, QByteArray> &roleNames, const QList<int> &roles)
{
    m_rows = rows;
    m_roleNames = roleNames;
    m_roles = roles;
    std::sort(m_roles.begin(), m_roles.end());
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : m_rows->size();
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows->value(index.row(), role);
}

void RowListModel::refreshRows(const QList<int> &roles)
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), roles);
}

QVariantList RowListModel::rowValues(int row) const
{
    QVariantList values;
    values.reserve(m_roles.size());
    for (int role : m_roles)
        values.append(m_rows->value(row, role));
    return values;
}

void RowListModel::applyRows(const QList<int> &oldRowOfNew, bool matched, const RowEdits &edits)
{
    const int oldCount = rowCount();
    const int nextCount = int(oldRowOfNew.size());
    QList<int> kept; // old rows that stay, in their new order
    for (int oldRow : oldRowOfNew) {
        if (oldRow >= 0)
            kept.append(oldRow);
    }
    const bool inOrder = std::is_sorted(kept.cbegin(), kept.cend());
    // Rows with nothing in common (another category) or moved around: start afresh.
    const bool unrelated = kept.isEmpty() && oldCount > 0 && nextCount > 0;
    if (!matched || !inOrder || unrelated) {
        beginResetModel();
        edits.assignNext();
        endResetModel();
        if (oldCount != nextCount)
            emit countChanged();
        return;
    }

    QList<QVariantList> before; // what the kept rows showed, to tell which roles change
    for (int oldRow : kept)
        before.append(rowValues(oldRow));

    QList<bool> keep(oldCount, false);
    for (int oldRow : kept)
        keep[oldRow] = true;
    for (int last = oldCount - 1; last >= 0; --last) {
        if (keep.at(last))
            continue;
        int first = last;
        while (first > 0 && !keep.at(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        edits.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    for (int first = 0; first < nextCount; ++first) {
        if (oldRowOfNew.at(first) >= 0)
            continue;
        int last = first;
        while (last + 1 < nextCount && oldRowOfNew.at(last + 1) < 0)
            ++last;
        beginInsertRows({}, first, last);
        edits.insertFromNext(first, last - first + 1);
        endInsertRows();
        first = last;
    }

    edits.assignNext();
    qsizetype keptIndex = 0;
    for (int row = 0; row < nextCount; ++row) {
        if (oldRowOfNew.at(row) < 0)
            continue;
        const QVariantList &was = before.at(keptIndex++);
        const QVariantList now = rowValues(row);
        QList<int> changed;
        for (qsizetype i = 0; i < m_roles.size(); ++i) {
            if (was.at(i) != now.at(i))
                changed.append(m_roles.at(i));
        }
        if (!changed.isEmpty())
            emit dataChanged(index(row), index(row), changed);
    }
    if (oldCount != nextCount)
        emit countChanged();
}

} // namespace kiosk
