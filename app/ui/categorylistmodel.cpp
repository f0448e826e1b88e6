#include "ui/categorylistmodel.h"

namespace kiosk {

CategoryListModel::CategoryListModel(QObject *parent) : QAbstractListModel(parent) {}

void CategoryListModel::setMenu(const Menu &menu)
{
    beginResetModel();
    m_categories = menu.categories();
    m_itemCounts.clear();
    for (const MenuItem &item : menu.items())
        ++m_itemCounts[item.categoryId];
    endResetModel();
    emit countChanged();
}

void CategoryListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_categories.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {NameRole});
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Category &category = m_categories.at(index.row());
    switch (role) {
    case CategoryIdRole:
        return category.id;
    case Qt::DisplayRole:
    case NameRole:
        return category.name.text(m_language);
    case ImageUrlRole:
        return QUrl::fromLocalFile(category.image);
    case ItemCountRole:
        return m_itemCounts.value(category.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryListModel::roleNames() const
{
    return {{CategoryIdRole, "categoryId"}, {NameRole, "name"}, {ImageUrlRole, "imageUrl"},
            {ItemCountRole, "itemCount"}};
}

QString CategoryListModel::categoryIdAt(int row) const
{
    return row >= 0 && row < m_categories.size() ? m_categories.at(row).id : QString();
}

} // namespace kiosk
