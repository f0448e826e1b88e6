#include "ui/pausableitemlistmodel.h"

namespace kiosk {

PausableItemListModel::PausableItemListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, [](const PausableItem &item) { return item.itemId; },
             {{ItemIdRole, "itemId", &PausableItem::itemId},
              {CategoryIdRole, "categoryId", &PausableItem::categoryId},
              {NameRole, "name", &PausableItem::name},
              {PausedRole, "paused", [](const PausableItem &item) { return item.until.isValid(); }},
              {UntilTimeRole, "untilTime", &PausableItem::untilTime},
              {UntilDayRole, "untilDay", &PausableItem::untilDay},
              {UntilDateRole, "untilDate", &PausableItem::untilDate},
              {SoldOutRole, "soldOut", &PausableItem::soldOut}},
             NameRole)
{
}

} // namespace kiosk
