#include "ui/menuitemlistmodel.h"

#include "ui/moneyformat.h"

#include <QUrl>

namespace kiosk {

MenuItemListModel::MenuItemListModel(QObject *parent) : QAbstractListModel(parent) {}

void MenuItemListModel::setMenu(const Menu &menu)
{
    m_menu = menu;
    if (!m_menu.category(m_categoryId)) {
        m_categoryId = m_menu.categories().isEmpty() ? QString() : m_menu.categories().first().id;
        emit categoryIdChanged();
    }
    reload();
}

void MenuItemListModel::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    emit categoryIdChanged(); // the category name is language-dependent
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {NameRole, DescriptionRole, PriceTextRole});
}

void MenuItemListModel::setCategoryId(const QString &categoryId)
{
    if (categoryId == m_categoryId || !m_menu.category(categoryId))
        return;
    m_categoryId = categoryId;
    emit categoryIdChanged();
    reload();
}

QString MenuItemListModel::categoryName() const
{
    const Category *category = m_menu.category(m_categoryId);
    return category ? category->name.text(m_language) : QString();
}

void MenuItemListModel::reload()
{
    beginResetModel();
    m_items.clear();
    for (const MenuItem *item : m_menu.itemsInCategory(m_categoryId))
        m_items.append(*item);
    endResetModel();
    emit countChanged();
}

int MenuItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MenuItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MenuItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case Qt::DisplayRole:
    case NameRole:
        return item.name.text(m_language);
    case DescriptionRole:
        return item.description.text(m_language);
    case PriceTextRole:
        return formatMoney(item.priceCents, m_language, m_currency);
    case CaloriesRole:
        return item.calories;
    case AllergensRole:
        return item.allergens;
    case ImageUrlRole:
        return QUrl::fromLocalFile(item.image);
    case AvailableRole:
        return item.available;
    case HasModifiersRole:
        return !item.modifierGroupIds.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> MenuItemListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},       {NameRole, "name"},
            {DescriptionRole, "description"}, {PriceTextRole, "priceText"},
            {CaloriesRole, "calories"},   {AllergensRole, "allergens"},
            {ImageUrlRole, "imageUrl"},   {AvailableRole, "available"},
            {HasModifiersRole, "hasModifiers"}};
}

QString MenuItemListModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QString();
}

} // namespace kiosk
