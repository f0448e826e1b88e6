#pragma once

#include "domain/menu.h"
#include "ui/rowlist.h"

namespace kiosk {

// A card of the menu grid: an item, or a combo shown with the item fields it shares (name,
// description, image) and its offer ("from" price, savings, sold out).
struct MenuCard
{
    MenuItem item;
    bool isCombo = false;
    Cents savingsCents = 0;
};

// The combos (first) and items of one category (`categoryId`), with display-ready text in the
// current language.
class MenuItemListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY categoryIdChanged)

public:
    enum Roles {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        PriceTextRole,
        CaloriesRole,
        AllergensRole, // QStringList of allergen codes ("milk", "wheat", ...)
        ImageUrlRole,
        AvailableRole,
        HasModifiersRole,
        IsComboRole,     // a meal: opened with KioskSession::openCombo
        SavingsTextRole, // a combo's cheapest meal against its items apart; "" when nothing
    };
    Q_ENUM(Roles)

    explicit MenuItemListModel(QObject *parent = nullptr);

    void setMenu(const Menu &menu);
    void setLanguage(const QString &language, const QString &currency);

    QString categoryId() const { return m_categoryId; }
    void setCategoryId(const QString &categoryId);
    QString categoryName() const;

    Q_INVOKABLE QString itemIdAt(int row) const;

signals:
    void categoryIdChanged();

private:
    // Another category resets the rows; a reloaded menu updates the same items in place.
    void reload();

    Menu m_menu;
    QString m_categoryId;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
    RowList<MenuCard> m_items;
};

} // namespace kiosk
