#pragma once

#include "ui/paidorderlistmodel.h"
#include "ui/paymentattemptlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace kiosk {

class Database;

// The diagnostics Payments page's data: today's card payments, the open attempts, and the paid
// orders staff must act on, read from the payment store on the GUI thread's connection (a few
// indexed statements, a millisecond). It re-reads when the page opens and, while diagnostics are
// unlocked, on every change the payment worker reports: never on a timer. DiagnosticsController
// owns it; staff's "check now" goes through the controller, which audits it.
class PaymentDiagnostics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")
    // False in "counter" mode: the page says card payment is off.
    Q_PROPERTY(bool cardEnabled READ cardEnabled NOTIFY summaryChanged)
    Q_PROPERTY(int todayCompleted READ todayCompleted NOTIFY summaryChanged)
    Q_PROPERTY(QString todayCompletedText READ todayCompletedText NOTIFY summaryChanged) // "$123.45"
    Q_PROPERTY(int todayDeclined READ todayDeclined NOTIFY summaryChanged)
    Q_PROPERTY(int todayCanceled READ todayCanceled NOTIFY summaryChanged) // cancelled or refused
    Q_PROPERTY(kiosk::PaymentAttemptListModel *openAttempts READ openAttempts CONSTANT)
    Q_PROPERTY(kiosk::PaidOrderListModel *numberNotShown READ numberNotShown CONSTANT)
    Q_PROPERTY(kiosk::PaidOrderListModel *notTaken READ notTaken CONSTANT)

public:
    explicit PaymentDiagnostics(Database &db, QObject *parent = nullptr);

    // From the payment section in force: whether card payment is on and how long a customer has.
    void setPayment(bool cardEnabled, int timeoutS);
    void setCurrency(const QString &currency);
    // What "check now" asks (PaymentService::checkNow); nothing without one.
    void setCheckNowAction(std::function<void()> action) { m_checkNow = std::move(action); }
    // Tests pin the clock (local time: "today" is the kiosk's local day).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // While true (diagnostics unlocked), paymentsChanged() re-reads.
    void setWatching(bool watching);

    bool cardEnabled() const { return m_cardEnabled; }
    int todayCompleted() const { return m_summary.completed; }
    QString todayCompletedText() const;
    int todayDeclined() const { return m_summary.declined; }
    int todayCanceled() const { return m_summary.canceled; }
    PaymentAttemptListModel *openAttempts() { return &m_open; }
    PaidOrderListModel *numberNotShown() { return &m_numberNotShown; }
    PaidOrderListModel *notTaken() { return &m_notTaken; }

    Q_INVOKABLE void refresh();
    // Asks the payment worker to read every open attempt now (DiagnosticsController audits it).
    void checkNow();

public slots:
    // The payment worker recorded something (PaymentService::attemptChanged, orderPaid).
    void paymentsChanged();

signals:
    void summaryChanged();

private:
    Database &m_db;
    std::function<void()> m_checkNow;
    std::function<QDateTime()> m_clock;
    bool m_cardEnabled = false;
    int m_timeoutS = 120;
    QString m_currency;
    bool m_watching = false;
    PaymentDaySummary m_summary;
    PaymentAttemptListModel m_open;
    PaidOrderListModel m_numberNotShown;
    PaidOrderListModel m_notTaken;
};

} // namespace kiosk
