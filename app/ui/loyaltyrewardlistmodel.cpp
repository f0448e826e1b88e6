#include "ui/loyaltyrewardlistmodel.h"

namespace kiosk {

LoyaltyRewardListModel::LoyaltyRewardListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &Row::rewardId,
             {{RewardIdRole, "rewardId", &Row::rewardId}, {NameRole, "name", &Row::name},
              {PointsCostRole, "pointsCost", &Row::pointsCost}, {KindRole, "kind", &Row::kind},
              {ValueTextRole, "valueText", &Row::valueText}, {AffordableRole, "affordable", &Row::affordable},
              {RedeemedRole, "redeemed", &Row::redeemed}},
             NameRole)
{
}

} // namespace kiosk
