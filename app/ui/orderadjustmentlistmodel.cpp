#include "ui/orderadjustmentlistmodel.h"

namespace kiosk {

namespace {

QVariant orderNumber(const OrderAdjustments::Row &row)
{
    return row.orderNumber.isEmpty() ? row.orderId : row.orderNumber;
}

QVariant subject(const OrderAdjustments::Row &row)
{
    return row.subjectName.isEmpty() ? row.subject : row.subjectName;
}

QVariant timeText(const OrderAdjustments::Row &row)
{
    return row.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm");
}

} // namespace

OrderAdjustmentListModel::OrderAdjustmentListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &OrderAdjustments::Row::id,
             {{OrderNumberRole, "orderNumber", orderNumber},
              {KindRole, "kind", &OrderAdjustments::Row::kind},
              {SubjectRole, "subject", subject},
              {ReasonRole, "reason", &OrderAdjustments::Row::reason},
              {TimeTextRole, "timeText", timeText}})
{
}

} // namespace kiosk
