#pragma once

#include "domain/menu.h"
#include "ui/rowlist.h"

namespace kiosk {

// The items of one category (`categoryId`), with display-ready text in the current language.
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
    RowList<MenuItem> m_items;
};

} // namespace kiosk
