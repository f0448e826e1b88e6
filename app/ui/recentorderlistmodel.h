#pragma once

#include "storage/orderstore.h"
#include "ui/rowlist.h"

namespace kiosk {

// The last orders saved (OrderStore::recent), newest first, for the diagnostics Printer page:
// staff find the customer's number and reprint its ticket.
class RecentOrderListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PrinterDiagnostics")

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        OrderNumberRole, // what PrinterDiagnostics::reprint takes
        TimeTextRole,    // local "HH:mm" today, "yyyy-MM-dd HH:mm" before
        TotalTextRole,   // "$9.74"
        PaymentStateRole, // orders.payment_state: "" for a counter order, "paid", ...
    };
    Q_ENUM(Role)

    explicit RecentOrderListModel(QObject *parent = nullptr);

    // The orders as of `today` (the kiosk's local day), their totals in `currency`.
    void setOrders(const QList<OrderStore::Recent> &orders, const QDate &today, const QString &currency);

private:
    QDate m_today;
    QString m_currency;
    RowList<OrderStore::Recent> m_rows;
};

} // namespace kiosk
