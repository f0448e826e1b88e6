#pragma once

#include "print/printerstatus.h"
#include "ui/failedticketlistmodel.h"
#include "ui/healthchecklistmodel.h"
#include "ui/recentorderlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace kiosk {

class Database;

// The diagnostics Printer page's data: what the receipt printer said last, the tickets the
// print service gave up on, and the last orders (to reprint one). The composition root feeds
// the status and the failed tickets from PrintService's signals; the recent orders are read
// from the order store when the page opens (one LIMIT query). Staff's actions only emit
// signals, and only while diagnostics are unlocked: the composition root sends them to the
// printer and writes their audit rows. DiagnosticsController owns it.
class PrinterDiagnostics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")
    // False for printer.kind "none": the page says the kiosk prints no tickets.
    Q_PROPERTY(bool configured READ configured NOTIFY statusChanged)
    // printerStateCode: "ready", "paper_out", ...; the page turns it into words.
    Q_PROPERTY(QString stateCode READ stateCode NOTIFY statusChanged)
    // The badge's colour: Pass ready, Warn paper near its end, Fail trouble, Unknown otherwise.
    Q_PROPERTY(kiosk::HealthCheckListModel::Status badge READ badge NOTIFY statusChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY statusChanged)
    Q_PROPERTY(bool paperNearEnd READ paperNearEnd NOTIFY statusChanged)
    // Local "HH:mm:ss" of the last read; "" when never read.
    Q_PROPERTY(QString checkedText READ checkedText NOTIFY statusChanged)
    Q_PROPERTY(kiosk::FailedTicketListModel *failedTickets READ failedTickets CONSTANT)
    Q_PROPERTY(kiosk::RecentOrderListModel *recentOrders READ recentOrders CONSTANT)

public:
    static constexpr int RecentLimit = 10;

    explicit PrinterDiagnostics(Database &db, QObject *parent = nullptr);

    void setPrinterStatus(const PrinterStatus &status);
    void setFailedTickets(const QList<FailedTicket> &tickets);
    void setCurrency(const QString &currency);
    // Tests pin the clock (local time: an order of today shows its time only).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // DiagnosticsController: staff's actions are refused while diagnostics are locked.
    void setUnlocked(bool unlocked) { m_unlocked = unlocked; }

    const PrinterStatus &status() const { return m_status; }
    bool configured() const { return m_status.state != PrinterStatus::State::NotConfigured; }
    QString stateCode() const { return printerStateCode(m_status.state); }
    HealthCheckListModel::Status badge() const;
    QString detail() const { return m_status.detail; }
    bool paperNearEnd() const { return m_status.paperNearEnd; }
    QString checkedText() const;
    FailedTicketListModel *failedTickets() { return &m_failed; }
    RecentOrderListModel *recentOrders() { return &m_recent; }

    // Re-reads the recent orders (the page opens, a reprint was asked).
    Q_INVOKABLE void refresh();
    // Each true when the request went out (diagnostics unlocked, a printer configured, and
    // for reprint a number).
    Q_INVOKABLE bool testPrint();
    Q_INVOKABLE bool reprint(const QString &number);
    Q_INVOKABLE bool checkNow();

signals:
    void statusChanged();
    void testPrintRequested();
    void reprintRequested(const QString &number);
    void checkRequested();

private:
    bool mayAct() const { return m_unlocked && configured(); }

    Database &m_db;
    std::function<QDateTime()> m_clock;
    bool m_unlocked = false;
    QString m_currency;
    PrinterStatus m_status;
    FailedTicketListModel m_failed;
    RecentOrderListModel m_recent;
};

} // namespace kiosk
