#pragma once

#include "domain/menu.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The menu's categories, named in the current language.
class CategoryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles { CategoryIdRole = Qt::UserRole + 1, NameRole, ImageUrlRole, ItemCountRole };
    Q_ENUM(Roles)

    explicit CategoryListModel(QObject *parent = nullptr);

    void setMenu(const Menu &menu);
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString categoryIdAt(int row) const;

signals:
    void countChanged();

private:
    QList<Category> m_categories;
    QHash<QString, int> m_itemCounts;
    QString m_language = QStringLiteral("en");
};

} // namespace kiosk
