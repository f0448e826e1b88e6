#pragma once

#include "domain/menu.h"
#include "ui/rowlist.h"

#include <QUrl>

namespace kiosk {

// The menu's categories, named in the current language.
class CategoryListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    // Every category's picture, in order: the attract screen shows the first few without
    // making a delegate (and decoding a picture) for every category.
    Q_PROPERTY(QList<QUrl> imageUrls READ imageUrls NOTIFY imageUrlsChanged)

public:
    enum Roles { CategoryIdRole = Qt::UserRole + 1, NameRole, ImageUrlRole, ItemCountRole };
    Q_ENUM(Roles)

    explicit CategoryListModel(QObject *parent = nullptr);

    // A reloaded menu with the same categories updates them in place.
    void setMenu(const Menu &menu);
    void setLanguage(const QString &language);

    Q_INVOKABLE QString categoryIdAt(int row) const;
    QList<QUrl> imageUrls() const { return m_imageUrls; }

signals:
    void imageUrlsChanged();

private:
    struct Row
    {
        Category category;
        int itemCount = 0;
    };

    QString m_language = QStringLiteral("en");
    RowList<Row> m_rows;
    QList<QUrl> m_imageUrls;
};

} // namespace kiosk
