#include "ui/paidorderlistmodel.h"

#include "domain/moneyformat.h"

namespace kiosk {

PaidOrderListModel::PaidOrderListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &PaidOrder::orderId,
             {{OrderIdRole, "orderId", &PaidOrder::orderId},
              {OrderNumberRole, "orderNumber", &PaidOrder::orderNumber},
              {PaymentIdRole, "paymentId", &PaidOrder::paymentId},
              {AmountTextRole, "amountText", [this](const PaidOrder &order) {
                   return formatMoney(order.amount, QStringLiteral("en"), m_currency);
               }},
              {PaidTextRole, "paidText", [](const PaidOrder &order) {
                   return order.paidAt.toLocalTime().toString(u"HH:mm");
               }},
              {ProblemRole, "problem", &PaidOrder::problem}})
{
}

void PaidOrderListModel::setOrders(const QList<PaidOrder> &orders, const QString &currency)
{
    if (currency != m_currency) {
        m_currency = currency;
        refreshRows({AmountTextRole});
    }
    m_rows.replace(orders);
}

} // namespace kiosk
