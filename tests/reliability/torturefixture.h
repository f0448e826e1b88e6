#pragma once

#include "support/freeport.h"
#include "support/refposprocess.h"
#include "support/storecopy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <csignal>

// Shared by the torture tests: a store wired to a local refpos, the child that places orders,
// and refpos itself started on a fixed port so it can be killed and started again.
namespace torture {

using kiosk::test::freePort;

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

// The sample store with its backend at 127.0.0.1:`port` and short sync intervals.
inline bool writeStore(const QString &dir, quint16 port)
{
    const QJsonObject sync{{QStringLiteral("health_interval_s"), 1},
                           {QStringLiteral("poll_interval_s"), 1},
                           {QStringLiteral("total_timeout_ms"), 2000},
                           {QStringLiteral("backoff_base_ms"), 50},
                           {QStringLiteral("backoff_cap_ms"), 500}};
    return kiosk::test::copyStore(dir, {{QStringLiteral("backend"), kiosk::test::loopbackBackend(port)},
                                        {QStringLiteral("sync"), sync}});
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

// refpos on a fixed port with the sample menu and token, so the kiosk's config stays valid
// across its restarts; its log goes to the test's stderr (a long run would fill a pipe).
class Refpos : public kiosk::test::RefposProcess
{
public:
    Refpos(quint16 port, const QString &dir) : RefposProcess(dir + QStringLiteral("/refpos.db"), port)
    {
        forwardStandardError();
    }

    bool start(const QStringList &faults = {})
    {
        QString error;
        if (RefposProcess::start(kiosk::test::sampleBackendArguments() + faults, &error))
            return true;
        qWarning("refpos: %s", qPrintable(error));
        return false;
    }
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
