#include "ui/menuitemlistmodel.h"

#include "domain/moneyformat.h"

#include <QUrl>

namespace kiosk {

MenuItemListModel::MenuItemListModel(QObject *parent)
    : RowListModel(parent),
      m_items(this, &MenuItem::id,
              {{ItemIdRole, "itemId", &MenuItem::id},
               {NameRole, "name", [this](const MenuItem &item) { return item.name.text(m_language); }},
               {DescriptionRole, "description",
                [this](const MenuItem &item) { return item.description.text(m_language); }},
               {PriceTextRole, "priceText",
                [this](const MenuItem &item) { return formatMoney(item.priceCents, m_language, m_currency); }},
               {CaloriesRole, "calories", &MenuItem::calories},
               {AllergensRole, "allergens", &MenuItem::allergens},
               {ImageUrlRole, "imageUrl", [](const MenuItem &item) { return QUrl::fromLocalFile(item.image); }},
               {AvailableRole, "available", &MenuItem::available},
               {HasModifiersRole, "hasModifiers",
                [](const MenuItem &item) { return !item.modifierGroupIds.isEmpty(); }}},
              NameRole)
{
}

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
    refreshRows({Qt::DisplayRole, NameRole, DescriptionRole, PriceTextRole});
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
    QList<MenuItem> items;
    for (const MenuItem *item : m_menu.itemsInCategory(m_categoryId))
        items.append(*item);
    m_items.replace(items);
}

QString MenuItemListModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.rows().at(row).id : QString();
}

} // namespace kiosk
