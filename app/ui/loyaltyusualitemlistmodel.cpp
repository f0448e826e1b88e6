#include "ui/loyaltyusualitemlistmodel.h"

namespace kiosk {

LoyaltyUsualItemListModel::LoyaltyUsualItemListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &Row::itemId,
             {{ItemIdRole, "itemId", &Row::itemId}, {NameRole, "name", &Row::name},
              {PriceTextRole, "priceText", &Row::priceText}, {ImageUrlRole, "imageUrl", &Row::imageUrl},
              {AvailableRole, "available", &Row::available}},
             NameRole)
{
}

} // namespace kiosk
