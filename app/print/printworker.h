#pragma once

#include "print/printerlink.h"
#include "print/printerstatus.h"
#include "print/printjob.h"
#include "print/printtiming.h"

#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>

namespace kiosk {

// The printer thread's side of PrintService: the job queue, the link, the status reads. Every
// call here may block for up to the I/O timeout (never longer: each wait has one), which is why
// it lives on its own thread. Tickets print in order; a ticket that cannot print is retried
// every retryIntervalMs until giveUpAfterMs since it was queued, then given up; between
// tickets the status is read every pollIntervalMs.
class PrintWorker : public QObject
{
    Q_OBJECT
public:
    PrintWorker(const PrinterSettings &settings, const PrintTiming &timing);
    ~PrintWorker() override;

    // All of these run on the printer thread (PrintService invokes them queued).
    void begin();
    void enqueue(PrintJob job);
    void applySettings(const PrinterSettings &settings);
    void checkNow();

signals:
    void statusRead(const kiosk::PrinterStatus &status);
    void ticketPrinted(const QString &orderId, const QString &label);
    void ticketDelayed(const QString &orderId, const QString &label, const QString &reason);
    void ticketGivenUp(const kiosk::FailedTicket &ticket);

private:
    void runQueue();
    bool attempt(PrintJob &job, QString *error);
    void failed(const QString &error);
    void giveUp(const QString &error);
    void poll();
    // Opens the link if needed; reconnects once when a link that was open turns out to be lost.
    // Not for the read after a ticket is sent: that one must come over the connection that
    // carried the ticket.
    PrinterStatus readStatus(bool mayReconnect = true);
    void publish(const PrinterStatus &status);
    void scheduleRun(int delayMs);
    bool stopping() const;

    PrinterSettings m_settings;
    PrintTiming m_timing;
    std::unique_ptr<PrinterLink> m_link;
    std::deque<PrintJob> m_queue;
    QTimer m_runTimer;
    QTimer m_pollTimer;
};

} // namespace kiosk
