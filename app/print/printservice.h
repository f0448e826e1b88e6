#pragma once

#include "config/printersettings.h"
#include "print/printerstatus.h"
#include "print/printjob.h"
#include "print/printtiming.h"

#include <QList>
#include <QObject>

class QThread;

namespace kiosk {

class PrintWorker;

// The GUI thread's handle on the receipt printer. It owns the printer thread (low priority)
// and its PrintWorker; nothing here blocks: calls are queued to the worker, and its news comes
// back as queued signals. status() and failedTickets() are the last news, kept here.
class PrintService : public QObject
{
    Q_OBJECT
public:
    explicit PrintService(QObject *parent = nullptr);
    ~PrintService() override;

    void start(const PrinterSettings &settings, PrintTiming timing = {});
    // A new printer (or paper width, code page, copies): tickets still waiting keep their
    // place and are printed on the new one. Starts the printer thread if it was not running.
    void applySettings(const PrinterSettings &settings);
    // Joins the printer thread; returns within about one wait slice (50 ms) even mid-ticket.
    // Tickets still waiting are dropped: this is for shutting the kiosk down.
    void stop();

    // render runs on the printer thread (layout, QR, encoding stay off the GUI thread). With
    // printer.kind "none" the ticket is dropped at once and nothing is emitted.
    void print(const QString &orderId, const QString &label, TicketRender render);
    void checkNow();

    PrinterStatus status() const { return m_status; }
    QList<FailedTicket> failedTickets() const { return m_failed; }
    bool isRunning() const { return m_thread != nullptr; }

    // For /metrics: since this service was made.
    int printedCount() const { return m_printed; }
    int givenUpCount() const { return m_givenUp; }

signals:
    void statusChanged(const kiosk::PrinterStatus &status);
    void ticketPrinted(const QString &orderId, const QString &label);
    void ticketDelayed(const QString &orderId, const QString &label, const QString &reason); // first failure
    void ticketGivenUp(const QString &orderId, const QString &label);
    void failedTicketsChanged();

private:
    void onStatusRead(const PrinterStatus &status);
    void onTicketPrinted(const QString &orderId, const QString &label);
    void onTicketGivenUp(const FailedTicket &ticket);

    PrinterSettings m_settings;
    PrintTiming m_timing;
    QThread *m_thread = nullptr;
    PrintWorker *m_worker = nullptr; // lives on m_thread; deleted there when it finishes
    PrinterStatus m_status;
    QList<FailedTicket> m_failed;
    int m_printed = 0;
    int m_givenUp = 0;
};

} // namespace kiosk
