#pragma once

#include "domain/menu.h"
#include "ui/rowlist.h"

namespace kiosk {

// The menu's categories, named in the current language.
class CategoryListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")

public:
    enum Roles { CategoryIdRole = Qt::UserRole + 1, NameRole, ImageUrlRole, ItemCountRole };
    Q_ENUM(Roles)

    explicit CategoryListModel(QObject *parent = nullptr);

    // A reloaded menu with the same categories updates them in place.
    void setMenu(const Menu &menu);
    void setLanguage(const QString &language);

    Q_INVOKABLE QString categoryIdAt(int row) const;

private:
    struct Row
    {
        Category category;
        int itemCount = 0;
    };

    QString m_language = QStringLiteral("en");
    RowList<Row> m_rows;
};

} // namespace kiosk
