#include "ui/combochoicelistmodel.h"

namespace kiosk {

ComboChoiceListModel::ComboChoiceListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &Row::itemId,
             {{ItemIdRole, "itemId", &Row::itemId},
              {NameRole, "name", &Row::name},
              {ImageUrlRole, "imageUrl", &Row::imageUrl},
              {PriceDeltaTextRole, "priceDeltaText", &Row::priceDeltaText},
              {AvailableRole, "available", &Row::available},
              {PickedRole, "picked", &Row::picked},
              {HasModifiersRole, "hasModifiers", &Row::hasModifiers}},
             NameRole)
{
}

} // namespace kiosk
