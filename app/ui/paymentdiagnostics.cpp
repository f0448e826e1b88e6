#include "ui/paymentdiagnostics.h"

#include "storage/paymentstore.h"
#include "domain/moneyformat.h"

namespace kiosk {

PaymentDiagnostics::PaymentDiagnostics(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_clock(&QDateTime::currentDateTime)
{
}

void PaymentDiagnostics::setPayment(bool cardEnabled, int timeoutS)
{
    m_cardEnabled = cardEnabled;
    m_timeoutS = timeoutS;
    emit summaryChanged();
}

void PaymentDiagnostics::setCurrency(const QString &currency)
{
    m_currency = currency;
    emit summaryChanged();
}

void PaymentDiagnostics::setWatching(bool watching)
{
    m_watching = watching;
}

QString PaymentDiagnostics::todayCompletedText() const
{
    return formatMoney(m_summary.completedCents, QStringLiteral("en"), m_currency);
}

void PaymentDiagnostics::refresh()
{
    const QDateTime now = m_clock();
    PaymentStore store(m_db);
    m_summary = store.summaryForDay(now.toLocalTime().date());
    // Oldest first: the one most likely overdue is on top.
    m_open.setAttempts(store.openAttempts(), now, m_timeoutS);
    m_numberNotShown.setOrders(store.paidNumberNotShown(), m_currency);
    m_notTaken.setOrders(store.paidNotTaken(), m_currency);
    emit summaryChanged();
}

void PaymentDiagnostics::checkNow()
{
    if (m_checkNow)
        m_checkNow();
}

void PaymentDiagnostics::paymentsChanged()
{
    if (m_watching)
        refresh();
}

} // namespace kiosk
