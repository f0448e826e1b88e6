#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace kiosk::test {

// The admin token every RefposProcess starts with (--admin-token-file, a file beside its
// database) and HttpClient sends on /admin/ paths: the tests drive refpos's admin API as a lab
// does, with a token of its own that no kiosk holds.
inline constexpr char RefposAdminToken[] = "refpos-test-admin-token";

// The real refpos binary on loopback, started the way the demo and the e2e tests start it: on
// --port 0 (any free port) unless a fixed `port` is given, so that a kiosk's config stays valid
// across refpos's restarts.
class RefposProcess
{
public:
    explicit RefposProcess(QString databasePath, quint16 port = 0)
        : m_databasePath(std::move(databasePath)), m_fixedPort(port)
    {
    }
    ~RefposProcess();

    // refpos's log goes to this process's stderr instead of a pipe read by standardError():
    // for long runs, whose log would fill the pipe. Before start().
    void forwardStandardError() { m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); }

    // Starts refpos with `arguments` besides --port, --db and --admin-token-file (unless
    // `arguments` name one), and waits for its
    // "refpos listening on 127.0.0.1:<port>" line; false with `error` set otherwise.
    // Starting again after kill() or terminate() reuses the same database.
    bool start(const QStringList &arguments, QString *error);
    void kill(); // SIGKILL: no destructors, no clean close of the database
    // SIGTERM; the exit code, or -1 when it did not exit normally within `timeoutMs`.
    int terminate(int timeoutMs = 5000);

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    QString databasePath() const { return m_databasePath; }
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QString m_databasePath;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_fixedPort = 0;
};

} // namespace kiosk::test
