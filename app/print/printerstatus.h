#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace kiosk {

// What the printer said last, from the ESC/POS real-time status (DLE EOT) or from trying to
// reach it. Read on the printer thread, shown to staff, /healthz and the confirmation screen.
struct PrinterStatus
{
    enum class State {
        NotConfigured, // printer.kind "none"
        Unknown,       // configured, not asked yet
        Ready,
        PaperOut,
        CoverOpen,
        Unreachable,   // no connection, or the device cannot be opened
        Error,         // it answered, but reports an error (cutter jam, overheat, offline)
    };

    State state = State::NotConfigured;
    bool paperNearEnd = false; // still prints; staff should change the roll soon
    QString detail;            // plain words for staff: "connection refused by 192.168.1.60:9100"
    QDateTime at;              // when it was read (UTC); invalid for NotConfigured

    bool canPrint() const { return state == State::Ready; }
    // A configured printer that cannot print now: the customer is told to remember the number.
    bool isTrouble() const { return state != State::NotConfigured && state != State::Ready; }
    bool operator==(const PrinterStatus &) const = default;
};

// "not_configured", "unknown", "ready", "paper_out", "cover_open", "unreachable", "error":
// the words of /healthz, kioskctl --json and the metrics label.
QString printerStateCode(PrinterStatus::State state);

// A ticket the kiosk tried to print for 2 minutes (every 10 s) and gave up on: staff see it
// and may reprint it.
struct FailedTicket
{
    QString orderId;       // empty for a test ticket
    QString label;         // the order number, or "test"
    QDateTime queuedAt;    // UTC
    QDateTime gaveUpAt;    // UTC
    int attempts = 0;
    QString lastError;     // plain words, no personal data
    bool operator==(const FailedTicket &) const = default;
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::PrinterStatus)
Q_DECLARE_METATYPE(kiosk::FailedTicket)
