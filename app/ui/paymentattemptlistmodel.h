#pragma once

#include "domain/payment.h"
#include "ui/rowlist.h"

#include <QDateTime>

namespace kiosk {

// Card payment attempts for the diagnostics Payments page (the open ones, oldest first): the
// order's number, the amount, where the attempt stands, how long it has been open and the last
// call's failure. Never a card number: the kiosk holds none, and the last four digits are not
// needed to settle an attempt.
class PaymentAttemptListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PaymentDiagnostics")

public:
    enum Role {
        AttemptIdRole = Qt::UserRole + 1, // the payment id, as the backend knows it
        OrderNumberRole,
        AmountTextRole,                   // "$9.74"
        StatusRole,                       // domain code: "saved", "pending", "in_progress", ...
        ReasonRole,                       // the backend's reason; "" when none
        LastErrorRole,                    // the last call's failure; "" when it succeeded
        AgeSecondsRole,                   // since the attempt was saved, at the last refresh
        OverdueRole,                      // open past payment.timeout_s (domain isOverdue)
    };
    Q_ENUM(Role)

    explicit PaymentAttemptListModel(QObject *parent = nullptr);

    // The attempts as of `now`, with the store's `timeoutS` (ages are not ticking: the page
    // refreshes on every change the payment worker reports and when it opens).
    void setAttempts(const QList<PaymentAttempt> &attempts, const QDateTime &now, int timeoutS);

private:
    QDateTime m_now;
    int m_timeoutS = 0;
    RowList<PaymentAttempt> m_rows;
};

} // namespace kiosk
