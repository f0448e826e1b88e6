#include "ui/categorylistmodel.h"

namespace kiosk {

CategoryListModel::CategoryListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, [](const Row &row) { return row.category.id; },
             {{CategoryIdRole, "categoryId", [](const Row &row) { return row.category.id; }},
              {NameRole, "name", [this](const Row &row) { return row.category.name.text(m_language); }},
              {ImageUrlRole, "imageUrl", [](const Row &row) { return QUrl::fromLocalFile(row.category.image); }},
              {ItemCountRole, "itemCount", &Row::itemCount}},
             NameRole)
{
}

void CategoryListModel::setMenu(const Menu &menu)
{
    QHash<QString, int> itemCounts;
    for (const MenuItem &item : menu.items())
        ++itemCounts[item.categoryId];
    for (const Combo &combo : menu.combos()) // a category may hold only meals
        ++itemCounts[combo.categoryId];
    QList<Row> rows;
    QList<QUrl> imageUrls;
    for (const Category &category : menu.categories()) {
        rows.append({category, itemCounts.value(category.id)});
        imageUrls.append(QUrl::fromLocalFile(category.image));
    }
    m_rows.replace(rows);
    if (imageUrls != m_imageUrls) {
        m_imageUrls = imageUrls;
        emit imageUrlsChanged();
    }
}

void CategoryListModel::setLanguage(const QString &language)
{
    m_language = language;
    refreshRows({Qt::DisplayRole, NameRole});
}

QString CategoryListModel::categoryIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.rows().at(row).category.id : QString();
}

} // namespace kiosk
