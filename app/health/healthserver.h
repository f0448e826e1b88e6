#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace kiosk {

// The loopback-only HTTP listener: GET /healthz, GET /metrics, POST /sync. Handlers run on
// the GUI thread and only hand out the bytes last published, so they never wait on SQL, the
// network or a lock.
class HealthServer : public QObject
{
    Q_OBJECT

public:
    explicit HealthServer(QObject *parent = nullptr);
    ~HealthServer() override;

    // Binds 127.0.0.1 only; port 0 picks a free one (see port()). False with `error` set when
    // the port is taken.
    bool listen(quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;

    // What the next requests get: /healthz's JSON (503 when `failing`, else 200) and /metrics.
    void publish(QByteArray healthJson, bool failing, QByteArray metrics);
    // Called by POST /sync; without one, POST /sync answers 503.
    void setSyncRequestHandler(std::function<void()> handler) { m_syncRequested = std::move(handler); }

private:
    QHttpServerResponse healthz() const;
    QHttpServerResponse metrics() const;
    QHttpServerResponse sync();

    QHttpServer *m_server;
    QByteArray m_healthJson;
    bool m_failing = false;
    QByteArray m_metrics;
    std::function<void()> m_syncRequested;
};

} // namespace kiosk
