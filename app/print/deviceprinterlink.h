#pragma once

#include "print/printerlink.h"

namespace kiosk {

// A printer behind a character device, such as /dev/usb/lp0 (the usblp driver): opened
// read-write, so the DLE EOT answers come back on the same descriptor. Non-blocking, with
// poll() for every wait, so a printer that stops taking data cannot hang the printer thread.
class DevicePrinterLink : public PrinterLink
{
public:
    DevicePrinterLink(const QString &path, int ioTimeoutMs);
    ~DevicePrinterLink() override;

    bool open(QString *error) override;
    bool isOpen() const override;
    bool write(const QByteArray &bytes, QString *error) override;
    std::optional<quint8> realTimeStatus(int n, int timeoutMs) override;
    void close() override;
    QString target() const override;

private:
    void drainInput();

    QString m_path;
    int m_ioTimeoutMs;
    int m_fd = -1;
};

} // namespace kiosk
