#include "ui/recentorderlistmodel.h"

#include "domain/moneyformat.h"

namespace kiosk {

RecentOrderListModel::RecentOrderListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &OrderStore::Recent::id,
             {{OrderIdRole, "orderId", &OrderStore::Recent::id},
              {OrderNumberRole, "orderNumber", &OrderStore::Recent::number},
              {TimeTextRole, "timeText", [this](const OrderStore::Recent &order) {
                   const QDateTime local = order.createdAt.toLocalTime();
                   return local.toString(local.date() == m_today ? u"HH:mm" : u"yyyy-MM-dd HH:mm");
               }},
              {TotalTextRole, "totalText", [this](const OrderStore::Recent &order) {
                   return formatMoney(order.totalCents, QStringLiteral("en"), m_currency);
               }},
              {PaymentStateRole, "paymentState", &OrderStore::Recent::paymentState}})
{
}

void RecentOrderListModel::setOrders(const QList<OrderStore::Recent> &orders, const QDate &today,
                                     const QString &currency)
{
    QList<int> stale;
    if (today != m_today) {
        m_today = today;
        stale.append(TimeTextRole);
    }
    if (currency != m_currency) {
        m_currency = currency;
        stale.append(TotalTextRole);
    }
    if (!stale.isEmpty())
        refreshRows(stale);
    m_rows.replace(orders);
}

} // namespace kiosk
