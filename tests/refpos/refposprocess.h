#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace kiosk::test {

// The real refpos binary on --port 0, started the way the demo and the e2e tests start it.
class RefposProcess
{
public:
    explicit RefposProcess(QString databasePath) : m_databasePath(std::move(databasePath)) {}
    ~RefposProcess();

    // Starts refpos with `arguments` besides --port 0 --db, and waits for its
    // "refpos listening on 127.0.0.1:<port>" line; false with `error` set otherwise.
    bool start(const QStringList &arguments, QString *error);
    void kill(); // SIGKILL: no destructors, no clean close of the database
    // SIGTERM; the exit code, or -1 when it did not exit normally within `timeoutMs`.
    int terminate(int timeoutMs = 5000);

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QString m_databasePath;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace kiosk::test
