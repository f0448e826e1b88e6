#pragma once

// For the kioskctl tests: a store's config folder (tests/data/minimal-config with its own
// data_dir and listener port), a kiosk.db with orders committed as checkout commits them, and
// kioskctl run in-process or as a process. With ../health/healthfixture.h (openDb, testSettings).
#include "../health/healthfixture.h"
#include "../unit/brokenconfigs.h" // minimalConfigDir(), copyTree()
#include "kioskctl/kioskctl.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "storage/outbox.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace kiosk::test {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// The minimal config in `dir`, its kiosk.db in `dataDir`, its listener on `port`.
inline void writeConfig(const QString &dir, const QString &dataDir, quint16 port)
{
    if (!copyTree(minimalConfigDir(), dir))
        qFatal("cannot copy the minimal config");
    QJsonObject kiosk = QJsonDocument::fromJson(readAll(minimalConfigDir() + QStringLiteral("/kiosk.json"))).object();
    kiosk.insert(QStringLiteral("data_dir"), dataDir);
    kiosk.insert(QStringLiteral("health"), QJsonObject{{QStringLiteral("listen_port"), port}});
    QFile file(QDir(dir).filePath(QStringLiteral("kiosk.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(kiosk).toJson()) < 0)
        qFatal("cannot write kiosk.json");
}

// An order committed the way checkout commits it; returns its outbox seq.
inline qint64 commitOrder(Database &db, const QDateTime &at)
{
    Order order;
    order.id = QUuid::createUuid();
    order.kioskId = QStringLiteral("T1");
    order.createdAt = at;
    order.dineOption = DineOption::Here;
    order.language = QStringLiteral("en");
    order.lines = {OrderLine{QStringLiteral("classic_burger"), QStringLiteral("Classic Burger"), {}, {}, 1, 899, 899}};
    order.totals = computeTotals(899, 0, 825);
    const OrderStore::Commit commit = OrderStore(db).commit(order, QStringLiteral("T"));
    if (!commit.ok)
        qFatal("commit failed: %s", qPrintable(commit.error));
    Statement st = db.prepare("SELECT seq FROM outbox WHERE key = ?1");
    st.bind(1, order.id.toString(QUuid::WithoutBraces));
    return st.next() ? st.int64(0) : -1;
}

inline OutboxEntry::State stateOf(const QString &dbPath, qint64 seq)
{
    auto db = openDb(dbPath);
    const auto entry = Outbox(*db).entry(seq);
    if (!entry)
        qFatal("no outbox entry %lld", seq);
    return entry->state;
}

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
