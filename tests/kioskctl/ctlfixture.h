#pragma once

// For the kioskctl tests: a store's config folder (tests/data/minimal-config with its own
// data_dir and listener port) and its kiosk.db with orders in every outbox state, the kiosk's
// side wired as the kiosk wires it, and kioskctl run in-process or as a process.
#include "health/healthmonitor.h"
#include "health/outboxlisting.h"
#include "kioskctl/kioskctl.h"
#include "staff/stafftoken.h"
#include "storage/outbox.h"
#include "storage/staffaudit.h"
#include "support/database.h"
#include "support/fakenotifier.h"
#include "support/files.h"
#include "support/healthsettings.h"
#include "support/orderbuilder.h"
#include "support/storecopy.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace kiosk::test {

// The minimal config in `dir`, its kiosk.db in `dataDir`, its listener on `port`.
inline void writeConfig(const QString &dir, const QString &dataDir, quint16 port)
{
    const QJsonObject changes{{QStringLiteral("data_dir"), dataDir},
                              {QStringLiteral("health"), QJsonObject{{QStringLiteral("listen_port"), port}}}};
    if (!copyStore(dir, changes, minimalConfigDir()))
        qFatal("cannot copy the minimal config");
}

// The staff_audit rows of the database at `dbPath`, oldest first, as "action: detail".
inline QStringList auditRows(const QString &dbPath)
{
    auto db = openDb(dbPath);
    QStringList rows;
    for (const StaffAudit::Entry &entry : StaffAudit(*db).recent())
        rows.prepend(entry.action + QStringLiteral(": ") + entry.detail);
    return rows;
}

inline OutboxEntry::State stateOf(const QString &dbPath, qint64 seq)
{
    auto db = openDb(dbPath);
    const auto entry = Outbox(*db).entry(seq);
    if (!entry)
        qFatal("no outbox entry %lld", seq);
    return entry->state;
}

// A store's folder: config/ (the minimal config) and data/kiosk.db with four orders: one
// delivered, one failed, two pending (one backing off after a network error).
struct Store
{
    QString configDir;
    QString dataDir;
    QString dbPath;
    qint64 deliveredSeq = 0;
    qint64 failedSeq = 0;
    qint64 retryingSeq = 0;
    qint64 pendingSeq = 0;

    void writeConfig(quint16 port) const { test::writeConfig(configDir, dataDir, port); }
    QStringList args(const QStringList &command) const
    {
        return QStringList{QStringLiteral("--config"), configDir} + command;
    }
    // The database file and its WAL as they are now, to compare after a read-only command.
    QByteArray fingerprint() const
    {
        return QCryptographicHash::hash(readFile(dbPath), QCryptographicHash::Sha256).toHex() + ' '
            + QByteArray::number(QFileInfo(dbPath + QStringLiteral("-wal")).size());
    }
};

inline Store makeStore(const QString &root)
{
    Store s;
    s.configDir = root + QStringLiteral("/config");
    s.dataDir = root + QStringLiteral("/data");
    s.dbPath = s.dataDir + QStringLiteral("/kiosk.db");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto db = openDb(s.dbPath); // closed at the end: checkpointed, no -wal left
    s.deliveredSeq = commitOrder(*db, burgerOrder(now.addSecs(-600)));
    s.failedSeq = commitOrder(*db, burgerOrder(now.addSecs(-500)));
    s.retryingSeq = commitOrder(*db, burgerOrder(now.addSecs(-400)));
    s.pendingSeq = commitOrder(*db, burgerOrder(now.addSecs(-300)));
    Outbox outbox(*db);
    if (!outbox.markDelivered(s.deliveredSeq, R"({"status":"accepted"})", 9, now)
        || !outbox.markFailed(s.failedSeq, QStringLiteral("422 total_cents: expected 973, got 970"), {})
        || !outbox.scheduleRetry(s.retryingSeq, QStringLiteral("network: connection refused"), now.addSecs(60)))
        qFatal("cannot set up the outbox: %s", qPrintable(outbox.lastError()));
    s.writeConfig(9);
    return s;
}

// Stores made one after another in a temporary folder that lives as long as the test case.
class StoreFolder
{
public:
    Store newStore() { return makeStore(filePath(QStringLiteral("store%1").arg(++m_stores))); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
};

// The kiosk's side, as the kiosk wires it: its own connection, the staff token in the data
// folder, and the listener's handlers, which audit on the same connection.
struct RunningKiosk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<HealthMonitor> monitor;
    int syncs = 0;
    int reloads = 0;

    explicit RunningKiosk(const Store &store, HealthSettings settings = healthTestSettings())
    {
        db = openDb(store.dbPath);
        monitor = std::make_unique<HealthMonitor>(settings, store.dbPath,
                                                  std::make_unique<FakeNotifier>(std::chrono::microseconds(0)));
        monitor->setSyncRequestHandler([this] { ++syncs; });
        monitor->setConfigReloadHandler([this] { ++reloads; });
        monitor->setOutboxListHandler(outboxListHandler(*db));
        monitor->setOutboxRetryHandler(outboxRetryHandler(*db));
        QString error;
        std::optional<StaffToken> token = StaffToken::ensure(store.dataDir, &error);
        if (!token)
            qFatal("no staff token: %s", qPrintable(error));
        monitor->setStaffToken(std::move(token));
        monitor->setStaffAuditHandler([this](const QString &action, const QString &detail) {
            StaffAudit(*db).record(action, detail, QDateTime::currentDateTimeUtc());
        });
        QSignalSpy sampled(monitor.get(), &HealthMonitor::probeSampled);
        if (!monitor->start(&error))
            qFatal("cannot start the monitor: %s", qPrintable(error));
        if (!sampled.wait(5000))
            qFatal("no probe sample");
        store.writeConfig(monitor->httpPort());
    }
};

struct CtlRun
{
    int status = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

// kioskctl in this process. `input`: the lines a PIN reader gets; `interactive`: a terminal.
inline CtlRun runCtl(const QStringList &args, QStringList input = {}, bool interactive = false,
                     QStringList *prompts = nullptr)
{
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    auto readSecret = [&input, prompts](const QString &prompt) -> std::optional<QString> {
        if (prompts)
            prompts->append(prompt);
        if (input.isEmpty())
            return std::nullopt;
        return input.takeFirst();
    };
    ctl::Io io{out, err, readSecret, interactive};
    run.status = ctl::runKioskCtl(QStringList{QStringLiteral("kioskctl")} + args, io);
    out.flush();
    err.flush();
    return run;
}

// kioskctl as a process. Waits in an event loop, so a listener in this process answers it.
inline CtlRun runCtlProcess(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(KIOSKCTL_BIN), args);
    if (!process.waitForStarted(5000))
        qFatal("cannot start kioskctl: %s", qPrintable(process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    CtlRun run;
    if (!finished.wait(15000)) {
        process.kill();
        process.waitForFinished();
        qWarning("kioskctl did not finish");
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace kiosk::test
