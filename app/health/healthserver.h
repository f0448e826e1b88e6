#pragma once

#include "health/listenerlimits.h"
#include "health/outboxlisting.h"
#include "health/pauselisting.h"
#include "health/printerlisting.h"
#include "health/requestgate.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace kiosk {

class GuardedTcpServer;

// Writes one staff_audit row for a staff action the listener carried out ("http_sync", ...).
using StaffAuditHandler = std::function<void(const QString &action, const QString &detail)>;

// The loopback-only HTTP listener. Requests are handled on the GUI thread.
//   GET /healthz, GET /metrics      the bytes last published: no SQL, network or lock; open
// The staff endpoints below need the staff token (RequestGate: 401 without it), every request
// needs a loopback Host, and ListenerLimits bound what a client can take (GuardedTcpServer).
//   POST /sync                      202; the kiosk's sync-now handler
//   GET /outbox?state=pending|failed|all&limit=N
//                                   200 {"state", "entries": [...]}, 400 for a bad parameter
//   POST /outbox/<seq>/retry        200 retried, 404 no such entry, 409 not a failed entry
//   POST /config/reload             202; the kiosk reloads its config after answering
//   GET /printer                    200 the receipt printer's state and given-up tickets
//   POST /printer/test              202 a test ticket queued, 409 no printer configured
//   POST /printer/reprint/<number>  202 the order's ticket queued, 404 no such order, 409 no
//                                   printer, 400 not an order number (printerlisting.h)
//   GET /menu/pauses, POST /menu/items/<id>/pause and /resume: items staff paused
//                                   (pauselisting.h)
// Without its handler an endpoint answers 503. The server itself never touches the database:
// the outbox endpoints go through the kiosk's handlers, which may do one quick indexed SQLite
// read or write on the GUI thread (see outboxListHandler()), as checkout does. Each staff
// action is audited through the StaffAuditHandler, except the retry, whose handler writes its
// row in the retry's own transaction (outboxRetryHandler()).
class HealthServer : public QObject
{
    Q_OBJECT

public:
    explicit HealthServer(QObject *parent = nullptr);
    ~HealthServer() override;

    // Before listen(): the limits its connections get.
    void setLimits(const ListenerLimits &limits) { m_limits = limits; }
    // The staff endpoints' credential; without one they answer 503.
    void setStaffToken(std::optional<StaffToken> token) { m_gate.setToken(std::move(token)); }
    void setStaffAuditHandler(StaffAuditHandler handler) { m_audit = std::move(handler); }

    // Binds 127.0.0.1 only; port 0 picks a free one (see port()). False with `error` set when
    // the port is taken.
    bool listen(quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;

    // What the next requests get: /healthz's JSON (503 when `failing`, else 200) and /metrics.
    void publish(QByteArray healthJson, bool failing, QByteArray metrics);
    // Called by POST /sync; without one, POST /sync answers 503.
    void setSyncRequestHandler(std::function<void()> handler) { m_syncRequested = std::move(handler); }
    void setOutboxListHandler(OutboxListHandler handler) { m_listOutbox = std::move(handler); }
    void setOutboxRetryHandler(OutboxRetryHandler handler) { m_retryOutbox = std::move(handler); }
    // Called by POST /config/reload. It should only queue the reload: the answer waits for it.
    void setConfigReloadHandler(std::function<void()> handler) { m_reloadConfig = std::move(handler); }

    // What GET /printer shows (nullopt: no printer configured); HealthMonitor keeps it current.
    void setPrinter(std::optional<PrinterHealth> printer) { m_printer = std::move(printer); }
    void setPrinterTestHandler(PrinterTestHandler handler) { m_printTest = std::move(handler); }
    void setReprintHandler(ReprintHandler handler) { m_reprint = std::move(handler); }
    void setPauseListHandler(PauseListHandler handler) { m_listPauses = std::move(handler); }
    void setPauseHandler(PauseHandler handler) { m_pause = std::move(handler); }

    static constexpr int DefaultOutboxLimit = 100;
    static constexpr int MaxOutboxLimit = 1000;

private:
    QHttpServerResponse healthz() const;
    QHttpServerResponse metrics() const;
    QByteArray refusalMetrics() const;
    void audit(const QString &action, const QString &detail = {}) const;
    QHttpServerResponse sync();
    QHttpServerResponse outbox(const QHttpServerRequest &request);
    QHttpServerResponse retryOutbox(qint64 seq);
    QHttpServerResponse reloadConfig();
    QHttpServerResponse printer();
    QHttpServerResponse printTest();
    QHttpServerResponse reprint(const QString &number);
    QHttpServerResponse pauses();
    // `request` null: a resume.
    QHttpServerResponse pauseItem(const QString &itemId, const QHttpServerRequest *request);

    QHttpServer *m_server;
    GuardedTcpServer *m_tcp = nullptr;
    ListenerLimits m_limits;
    RequestGate m_gate;
    StaffAuditHandler m_audit;
    QByteArray m_healthJson;
    bool m_failing = false;
    QByteArray m_metrics;
    std::function<void()> m_syncRequested;
    OutboxListHandler m_listOutbox;
    OutboxRetryHandler m_retryOutbox;
    std::function<void()> m_reloadConfig;
    std::optional<PrinterHealth> m_printer;
    PrinterTestHandler m_printTest;
    ReprintHandler m_reprint;
    PauseListHandler m_listPauses;
    PauseHandler m_pause;
};

} // namespace kiosk
