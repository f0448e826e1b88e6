#include "ui/menuitemlistmodel.h"

#include "domain/combooffer.h"
#include "domain/moneyformat.h"

#include <QUrl>

namespace kiosk {

MenuItemListModel::MenuItemListModel(QObject *parent)
    : RowListModel(parent),
      m_items(this, [](const MenuCard &card) { return card.item.id; },
              {{ItemIdRole, "itemId", [](const MenuCard &card) { return card.item.id; }},
               {NameRole, "name", [this](const MenuCard &card) { return card.item.name.text(m_language); }},
               {DescriptionRole, "description",
                [this](const MenuCard &card) { return card.item.description.text(m_language); }},
               {PriceTextRole, "priceText",
                [this](const MenuCard &card) { return formatMoney(card.item.priceCents, m_language, m_currency); }},
               {CaloriesRole, "calories", [](const MenuCard &card) { return card.item.calories; }},
               {AllergensRole, "allergens", [](const MenuCard &card) { return card.item.allergens; }},
               {ImageUrlRole, "imageUrl", [](const MenuCard &card) { return QUrl::fromLocalFile(card.item.image); }},
               {AvailableRole, "available", [](const MenuCard &card) { return card.item.available; }},
               {HasModifiersRole, "hasModifiers",
                [](const MenuCard &card) { return !card.item.modifierGroupIds.isEmpty(); }},
               {IsComboRole, "isCombo", [](const MenuCard &card) { return card.isCombo; }},
               {SavingsTextRole, "savingsText",
                [this](const MenuCard &card) {
                    return card.savingsCents > 0 ? formatMoney(card.savingsCents, m_language, m_currency)
                                                 : QString();
                }}},
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
    refreshRows({Qt::DisplayRole, NameRole, DescriptionRole, PriceTextRole, SavingsTextRole});
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
    QList<MenuCard> cards;
    for (const Combo *combo : m_menu.combosInCategory(m_categoryId)) {
        const ComboOffer offer = comboOffer(m_menu, *combo);
        MenuItem shown;
        shown.id = combo->id;
        shown.categoryId = combo->categoryId;
        shown.name = combo->name;
        shown.description = combo->description;
        shown.image = combo->image;
        shown.priceCents = offer.fromCents;
        shown.available = offer.available;
        cards.append({shown, true, offer.savingsCents});
    }
    for (const MenuItem *item : m_menu.itemsInCategory(m_categoryId))
        cards.append({*item});
    m_items.replace(cards);
}

QString MenuItemListModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.rows().at(row).item.id : QString();
}

} // namespace kiosk
