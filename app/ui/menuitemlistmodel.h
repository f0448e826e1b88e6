#pragma once

#include "domain/menu.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The items of one category (`categoryId`), with display-ready text in the current language.
class MenuItemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY categoryIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString itemIdAt(int row) const;

signals:
    void categoryIdChanged();
    void countChanged();

private:
    void reload();

    Menu m_menu;
    QString m_categoryId;
    QList<MenuItem> m_items;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
