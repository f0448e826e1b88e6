#pragma once

#include "config/printersettings.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace kiosk {

// The byte pipe to a receipt printer. Every call blocks for at most the link's I/O timeout, so
// it is used only on the printer thread (PrintWorker), never on the GUI thread. Waits are cut
// short when the calling QThread is asked to stop (QThread::requestInterruption), so
// PrintService::stop() returns quickly even in the middle of a ticket.
class PrinterLink
{
public:
    virtual ~PrinterLink() = default;

    // Connects (network) or opens the device; *error gets plain words for staff on failure.
    virtual bool open(QString *error) = 0;
    virtual bool isOpen() const = 0;
    // Sends every byte or fails (lost connection, timeout); a failure leaves the link closed.
    virtual bool write(const QByteArray &bytes, QString *error) = 0;
    // DLE EOT n: the printer's one-byte real-time status, or nullopt when nothing came back
    // within timeoutMs (a silent printer, a lost connection).
    virtual std::optional<quint8> realTimeStatus(int n, int timeoutMs) = 0;
    virtual void close() = 0;
    // Where it prints, for staff: "192.168.1.60:9100" or "/dev/usb/lp0".
    virtual QString target() const = 0;
};

// The link printer.kind asks for; nullptr for kind "none".
std::unique_ptr<PrinterLink> makePrinterLink(const PrinterSettings &settings, int ioTimeoutMs);

} // namespace kiosk
