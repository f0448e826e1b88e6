#pragma once

#include "print/printerlink.h"

#include <QTcpSocket>
#include <functional>
#include <memory>

namespace kiosk {

// Raw TCP ("JetDirect", port 9100) to a network printer, with blocking waits: it lives on the
// printer thread, where blocking for up to the I/O timeout is fine and keeps the job logic
// sequential. The socket is created on first open(), on the thread that uses it.
class NetworkPrinterLink : public PrinterLink
{
public:
    NetworkPrinterLink(const QString &host, quint16 port, int ioTimeoutMs);
    ~NetworkPrinterLink() override;

    bool open(QString *error) override;
    bool isOpen() const override;
    bool write(const QByteArray &bytes, QString *error) override;
    std::optional<quint8> realTimeStatus(int n, int timeoutMs) override;
    void close() override;
    QString target() const override;

private:
    // Waits in short slices so a stop request (QThread interruption) is seen quickly.
    bool waitSliced(int timeoutMs, const std::function<bool(int)> &waitStep) const;
    // A connected non-blocking descriptor, or -1 with *error in plain words.
    int connectSocket(QString *error) const;
    QString socketError() const;

    QString m_host;
    quint16 m_port;
    int m_ioTimeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace kiosk
