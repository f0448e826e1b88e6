#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <csignal>

// Shared by the torture tests: a store wired to a local refpos, the child that places orders,
// and refpos itself started on a fixed port so it can be killed and started again.
namespace torture {

// The number of kills/snapshots: a few dozen in CI, many more with KIOSK_SOAK=1.
inline int rounds(int ci, int soak)
{
    return qEnvironmentVariableIntValue("KIOSK_SOAK") > 0 ? soak : ci;
}

// KIOSK_TORTURE_SEED replays a run's kill moments; otherwise a fresh seed, printed by the test.
inline quint32 seed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("KIOSK_TORTURE_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::system()->generate();
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The sample store with its backend at 127.0.0.1:`port` and short sync intervals.
inline bool writeStore(const QString &dir, quint16 port)
{
    const QString sample = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
    QDir().mkpath(dir);
    QFile in(sample + QStringLiteral("/kiosk.json"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject kiosk = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject backend = kiosk.value(QStringLiteral("backend")).toObject();
    backend.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
    kiosk.insert(QStringLiteral("backend"), backend);
    kiosk.insert(QStringLiteral("sync"), QJsonObject{{QStringLiteral("health_interval_s"), 1},
                                                    {QStringLiteral("poll_interval_s"), 1},
                                                    {QStringLiteral("total_timeout_ms"), 2000},
                                                    {QStringLiteral("backoff_base_ms"), 50},
                                                    {QStringLiteral("backoff_cap_ms"), 500}});
    QFile out(dir + QStringLiteral("/kiosk.json"));
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(kiosk).toJson()) > 0
        && QFile::copy(sample + QStringLiteral("/menu.json"), dir + QStringLiteral("/menu.json"))
        && QFile::copy(sample + QStringLiteral("/backend.token"), dir + QStringLiteral("/backend.token"))
        && QFile::link(sample + QStringLiteral("/images"), dir + QStringLiteral("/images"));
}

// A confirmed order as the child printed it: what the customer saw.
struct Confirmed
{
    QString number;
    QString id;
};

// Reads every complete CONFIRMED line the child has written so far; `ready` is set once the
// child has printed READY (its session loaded, the database open and recovered).
inline QList<Confirmed> readConfirmed(QProcess &child, QByteArray *pending, bool *ready = nullptr)
{
    static const QRegularExpression line(QStringLiteral("^CONFIRMED (\\S+) (\\S+)$"));
    *pending += child.readAllStandardOutput();
    QList<Confirmed> confirmed;
    qsizetype end;
    while ((end = pending->indexOf('\n')) >= 0) {
        const QByteArray text = pending->left(end);
        pending->remove(0, end + 1);
        if (ready && text == "READY")
            *ready = true;
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(text));
        if (match.hasMatch())
            confirmed.append({match.captured(1), match.captured(2)});
    }
    return confirmed;
}

// refpos on a fixed port, so the kiosk's config stays valid across its restarts.
class Refpos
{
public:
    Refpos(quint16 port, QString dir) : m_port(port), m_dir(std::move(dir)) {}
    ~Refpos() { kill(); }

    bool start(const QStringList &faults = {})
    {
        const QString sample = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(REFPOS_BIN),
                        QStringList{QStringLiteral("--port"), QString::number(m_port),
                                    QStringLiteral("--db"), m_dir + QStringLiteral("/refpos.db"),
                                    QStringLiteral("--menu"), sample + QStringLiteral("/menu.json"),
                                    QStringLiteral("--token-file"), sample + QStringLiteral("/backend.token")}
                            + faults);
        return m_process.waitForStarted(5000) && m_process.waitForReadyRead(10000)
            && m_process.readAllStandardOutput().contains("listening");
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString databasePath() const { return m_dir + QStringLiteral("/refpos.db"); }

private:
    quint16 m_port;
    QString m_dir;
    QProcess m_process;
};

} // namespace torture

// QTEST_GUILESS_MAIN, with QTest's 5-minute watchdog lifted: a soak runs far longer than that
// (QTEST_FUNCTION_TIMEOUT still wins when set). ctest's TIMEOUT still stops a hang in CI.
#define TORTURE_TEST_MAIN(TestObject)                                                            \
    int main(int argc, char *argv[])                                                           \
    {                                                                                          \
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))                              \
            qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");                                      \
        QCoreApplication app(argc, argv);                                                      \
        TestObject test;                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                             \
        return QTest::qExec(&test, argc, argv);                                                \
    }
