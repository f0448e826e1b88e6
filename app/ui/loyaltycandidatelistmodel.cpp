#include "ui/loyaltycandidatelistmodel.h"

namespace kiosk {

LoyaltyCandidateListModel::LoyaltyCandidateListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &Row::maskedName,
             {{MaskedNameRole, "maskedName", &Row::maskedName}, {TierRole, "tier", &Row::tier}}, MaskedNameRole)
{
}

} // namespace kiosk
