#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace kiosk {

class PrinterConnection;

// A receipt printer on loopback TCP, for the tests and the demo (docs/printing.md): it records
// each ticket's bytes (ESC @ ... GS V) and answers DLE EOT status queries at once with the bits
// an Epson TM printer sends for its state, also mid-ticket and while out of paper. It parses
// the commands, so 10 04 inside raster data or an argument is data, not a query. Status
// queries are not part of a ticket's bytes.
class PrinterSimulator : public QObject
{
    Q_OBJECT

public:
    enum class Paper { Present, NearEnd, Out };

    explicit PrinterSimulator(QObject *parent = nullptr);
    ~PrinterSimulator() override;

    // 127.0.0.1 only; port 0 picks a free one (port() then says which).
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }

    // While the paper is out or the cover is open, print data is discarded: a ticket that got
    // any of its bytes then is not recorded (a real printer stops; the kiosk must not count it).
    void setPaper(Paper paper) { m_paper = paper; }
    Paper paper() const { return m_paper; }
    void setCoverOpen(bool open) { m_coverOpen = open; }
    bool coverOpen() const { return m_coverOpen; }
    // A stuck printer: connections are accepted and read, nothing is answered or printed.
    void setSilent(bool silent) { m_silent = silent; }
    // Closes the connection once `bytes` more bytes have arrived (over all connections), after
    // handling exactly those bytes; then the fault is off again. Negative: off.
    void setDisconnectAfter(int bytes) { m_disconnectAfter = bytes; }
    // Stops listening (new connections are refused; open ones stay), or listens again on the
    // same port.
    void setRefuseConnections(bool refuse);
    // Closes every open connection (a printer switched off).
    void disconnectAll();

    QList<QByteArray> tickets() const { return m_tickets; }
    int statusQueries() const { return m_statusQueries; }
    int discardedTickets() const { return m_discardedTickets; }
    int connectionCount() const { return int(m_connections.size()); }

    // The byte a printer in this state answers to DLE EOT n (n 1..4; other n get no answer).
    static quint8 statusByte(int n, Paper paper, bool coverOpen);

signals:
    void ticketReceived(int index);
    void connectionCountChanged();

private:
    void accept();
    void read(PrinterConnection *connection);
    void drop(PrinterConnection *connection);
    bool canPrint() const { return m_paper != Paper::Out && !m_coverOpen; }

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QList<PrinterConnection *> m_connections;
    QList<QByteArray> m_tickets;
    Paper m_paper = Paper::Present;
    bool m_coverOpen = false;
    bool m_silent = false;
    int m_disconnectAfter = -1;
    int m_statusQueries = 0;
    int m_discardedTickets = 0;
};

} // namespace kiosk
