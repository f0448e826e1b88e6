#pragma once

#include "storage/orderadjustments.h"
#include "ui/rowlist.h"

namespace kiosk {

// What the backend did not honour on orders it accepted (a refused reward), newest first, for
// the diagnostics Outbox page: "Order K1-042: reward "$2 off" refused by the backend: ...".
class OrderAdjustmentListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")

public:
    enum Role {
        OrderNumberRole = Qt::UserRole + 1, // "K1-042", or the order id when the number is gone
        KindRole,                           // "reward" | "promo" | what the backend sent
        SubjectRole,                        // the reward's name when known, else its id
        ReasonRole,                         // the backend's words
        TimeTextRole,                       // local "yyyy-MM-dd HH:mm"
    };
    Q_ENUM(Role)

    explicit OrderAdjustmentListModel(QObject *parent = nullptr);

    void setRows(const QList<OrderAdjustments::Row> &newestFirst) { m_rows.replace(newestFirst); }

private:
    RowList<OrderAdjustments::Row, qint64> m_rows;
};

} // namespace kiosk
