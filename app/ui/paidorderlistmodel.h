#pragma once

#include "storage/paymentstore.h"
#include "ui/rowlist.h"

namespace kiosk {

// Paid card orders staff must act on, for the diagnostics Payments page: the customer never saw
// the number (hand it over), or the backend did not take the order (refund it at the point of
// sale, by its payment id).
class PaidOrderListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PaymentDiagnostics")

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // what DiagnosticsController::numberHandedOver takes
        OrderNumberRole,
        PaymentIdRole,  // what the point of sale finds the payment by
        AmountTextRole, // "$9.74"
        PaidTextRole,   // local "HH:mm"
        ProblemRole,    // why the backend did not take it; "" for an order it took
    };
    Q_ENUM(Role)

    explicit PaidOrderListModel(QObject *parent = nullptr);

    void setOrders(const QList<PaidOrder> &orders, const QString &currency);

private:
    QString m_currency; // PaidOrder has none: the store's
    RowList<PaidOrder> m_rows;
};

} // namespace kiosk
