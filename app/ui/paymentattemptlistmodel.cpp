#include "ui/paymentattemptlistmodel.h"

#include "domain/moneyformat.h"

#include <algorithm>

namespace kiosk {

PaymentAttemptListModel::PaymentAttemptListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &PaymentAttempt::id,
             {{AttemptIdRole, "attemptId", &PaymentAttempt::id},
              {OrderNumberRole, "orderNumber", &PaymentAttempt::orderNumber},
              {AmountTextRole, "amountText", [](const PaymentAttempt &a) {
                   return formatMoney(a.amount, QStringLiteral("en"), a.currency);
               }},
              {StatusRole, "status", [](const PaymentAttempt &a) { return paymentStatusCode(a.status); }},
              {ReasonRole, "reason", &PaymentAttempt::reason},
              {LastErrorRole, "lastError", &PaymentAttempt::lastError},
              {AgeSecondsRole, "ageSeconds", [this](const PaymentAttempt &a) {
                   return int(std::max<qint64>(0, a.createdAt.secsTo(m_now)));
               }},
              {OverdueRole, "overdue", [this](const PaymentAttempt &a) { return isOverdue(a, m_now, m_timeoutS); }}})
{
}

void PaymentAttemptListModel::setAttempts(const QList<PaymentAttempt> &attempts, const QDateTime &now, int timeoutS)
{
    // Ages change for every row at once: the rows that stay get dataChanged for them.
    m_now = now;
    m_timeoutS = timeoutS;
    refreshRows({AgeSecondsRole, OverdueRole});
    m_rows.replace(attempts);
}

} // namespace kiosk
