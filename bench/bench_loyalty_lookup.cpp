// Loyalty lookup latency as the customer feels it: from SyncService::lookupMember() on the GUI
// thread to the memberLookedUp signal back on it, through the sync thread, libcurl and the real
// refpos on loopback; then the same lookups with refpos gone, answered from the offline cache
// (the failed connection attempt included). Prints p50/p99 in ms as one JSON object.
// Usage: bench_loyalty_lookup REFPOS_BINARY WORK_DIR [ROUNDS]
#include "config/syncsettings.h"
#include "percentiles.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

using namespace kiosk;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_loyalty_lookup: %s\n", qPrintable(message));
    return 1;
}

// refpos's seeded members, each by every identifier a customer can give.
const QList<std::pair<LoyaltyLookupKind, QString>> Identifiers = {
    {LoyaltyLookupKind::Phone, QStringLiteral("+12065550142")},
    {LoyaltyLookupKind::MemberNumber, QStringLiteral("10010042")},
    {LoyaltyLookupKind::Code, QStringLiteral("HSK-CARD-7Q3F9A")},
    {LoyaltyLookupKind::Phone, QStringLiteral("+12065550177")},
    {LoyaltyLookupKind::MemberNumber, QStringLiteral("10040088")},
};

// `rounds` lookups cycling through Identifiers; the round trips in ms, or nothing on a failure.
QList<double> measure(SyncService &sync, int rounds, LoyaltyLookupResult::Source expected,
                      QString *error)
{
    QList<double> samples;
    quint64 nextId = 1;
    for (int i = 0; i < rounds; ++i) {
        const auto &[kind, identifier] = Identifiers.at(i % Identifiers.size());
        const quint64 id = nextId++;
        QEventLoop loop;
        LoyaltyLookupResult answer;
        const auto connection = QObject::connect(&sync, &SyncService::memberLookedUp, &loop,
                                                 [&](const LoyaltyLookupResult &result) {
            if (result.requestId == id) {
                answer = result;
                loop.quit();
            }
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        sync.lookupMember(id, kind, identifier);
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(connection);
        if (answer.requestId != id || answer.source != expected || answer.members.isEmpty()) {
            *error = QStringLiteral("lookup %1 was not answered as expected: %2")
                         .arg(i).arg(answer.error.isEmpty() ? QStringLiteral("no answer") : answer.error);
            return {};
        }
        samples.append(ms);
    }
    return samples;
}

QJsonObject summary(const QList<double> &samples)
{
    return {{QStringLiteral("n"), samples.size()},
            {QStringLiteral("p50_ms"), bench::percentile(samples, 50)},
            {QStringLiteral("p99_ms"), bench::percentile(samples, 99)}};
}

} // namespace

int main(int argc, char *argv[])
{
    const CurlGlobal curl;
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return fail(QStringLiteral("usage: bench_loyalty_lookup REFPOS WORK_DIR [ROUNDS]"));
    const QString refposBinary = QString::fromLocal8Bit(argv[1]);
    const QDir work(QString::fromLocal8Bit(argv[2]));
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 300;
    QDir().mkpath(work.path());
    for (const char *name : {"kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "refpos.db", "refpos.db-wal", "refpos.db-shm"})
        QFile::remove(work.filePath(QString::fromLatin1(name)));
    QFile token(work.filePath(QStringLiteral("token")));
    if (!token.open(QIODevice::WriteOnly) || token.write("bench-token\n") < 0)
        return fail(QStringLiteral("cannot write the token file"));
    token.close();

    QProcess refpos;
    refpos.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    refpos.start(refposBinary, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                                work.filePath(QStringLiteral("refpos.db")), QStringLiteral("--token-file"),
                                token.fileName()});
    if (!refpos.waitForReadyRead(10000))
        return fail(QStringLiteral("refpos did not start"));
    const auto match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(refpos.readLine()));
    if (!match.hasMatch())
        return fail(QStringLiteral("refpos did not say its port"));

    SyncSettings settings;
    settings.baseUrl = "http://127.0.0.1:" + match.captured(1).toLatin1();
    settings.tokenFile = token.fileName();
    settings.kioskId = QStringLiteral("K1");
    settings.menuPollIntervalMs = 0;
    SyncService sync(settings, work.filePath(QStringLiteral("kiosk.db")));
    sync.start();

    QString error;
    // A few unmeasured lookups first: the connection and the caches warm up.
    measure(sync, Identifiers.size(), LoyaltyLookupResult::Source::Online, &error);
    const QList<double> online = measure(sync, rounds, LoyaltyLookupResult::Source::Online, &error);
    if (online.isEmpty())
        return fail(error);

    refpos.kill();
    refpos.waitForFinished();
    const QList<double> cached = measure(sync, rounds, LoyaltyLookupResult::Source::Cache, &error);
    sync.stop();
    if (cached.isEmpty())
        return fail(error);

    const QJsonObject result{{QStringLiteral("online"), summary(online)},
                             {QStringLiteral("cached"), summary(cached)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
