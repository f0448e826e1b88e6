// Durable order commit (OrderStore::commit: WAL, synchronous=FULL, one transaction) next to a
// raw write+fdatasync of the same bytes on the same disk, so the figure can be judged against
// what the disk itself allows. Prints one JSON object on stdout.
// Usage: bench_durable_commit DIR [COUNT]
//
// As in the kiosk, where orders come seconds apart and the sync thread checkpoints the WAL
// every few seconds, a second connection (synchronous=NORMAL, like the sync thread's) runs
// Database::checkpointAndRestartWal() between two orders, untimed. Fair to the raw figure:
// after each commit, the raw file gets the bytes that commit's thread wrote (/proc's wchar:
// WAL frames, and a header or checkpoint if the commit did one), appended when the commit
// grew the WAL file, written over its start otherwise, so both files grow alike; and the two
// alternate, so a burst of the machine's other disk traffic falls on both. The issue's own
// yardstick, one 4 KiB page appended and fsynced, is timed in the same rounds.
#include "domain/order.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "percentiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace kiosk;

namespace {

Order sampleOrder()
{
    Order order;
    order.id = QUuid::createUuid();
    order.kioskId = QStringLiteral("K1");
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.language = QStringLiteral("en");
    for (int i = 0; i < 3; ++i) {
        order.lines.append(OrderLine{QStringLiteral("classic_burger"), QStringLiteral("Classic Burger"),
                                     {QStringLiteral("burger_double"), QStringLiteral("extra_bacon")},
                                     {QStringLiteral("Double"), QStringLiteral("Bacon")}, 2, 1299, 2598});
    }
    order.totals = computeTotals(3 * 2598, 0, 825);
    return order;
}

// Bytes this thread has passed to write() and pwrite() so far.
qint64 threadWrittenBytes()
{
    QFile io(QStringLiteral("/proc/thread-self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

QJsonObject summary(const QList<double> &ms)
{
    return {{QStringLiteral("p50_ms"), bench::percentile(ms, 50)},
            {QStringLiteral("p99_ms"), bench::percentile(ms, 99)},
            {QStringLiteral("max_ms"), bench::percentile(ms, 100)},
            {QStringLiteral("samples"), ms.size()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_durable_commit DIR [COUNT]\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int count = argc > 2 ? std::atoi(argv[2]) : 300;
    QDir().mkpath(dir.path());
    const QString dbPath = dir.filePath(QStringLiteral("bench.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));

    QString error;
    auto db = Database::open(dbPath, &error);
    auto checkpointer = db ? Database::open(dbPath, &error) : nullptr;
    if (!db || !checkpointer || !checkpointer->exec("PRAGMA synchronous=NORMAL")) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The schema's own writes, copied away as between two orders.
    if (!checkpointer->checkpointAndRestartWal()) {
        std::fprintf(stderr, "checkpoint: %s\n", qPrintable(checkpointer->lastError()));
        return 1;
    }
    const QByteArray rawPath = QFile::encodeName(dir.filePath(QStringLiteral("raw.bin")));
    const int fd = ::open(rawPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || threadWrittenBytes() < 0) {
        std::fprintf(stderr, "cannot open %s or /proc/thread-self/io\n", rawPath.constData());
        return 1;
    }

    OrderStore store(*db);
    const QString walPath = dbPath + QStringLiteral("-wal");
    QList<double> commitMs, rawMs, pageMs, commitBytes;
    // Issue 20's own yardstick besides: one 4 KiB page appended to a file and fsynced.
    const QByteArray pagePath = QFile::encodeName(dir.filePath(QStringLiteral("page.bin")));
    const int pageFd = ::open(pagePath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const QByteArray page(4096, 'x');
    if (pageFd < 0) {
        std::fprintf(stderr, "cannot open %s\n", pagePath.constData());
        return 1;
    }
    int walGrew = 0;
    QByteArray bytes;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        Order order = sampleOrder();
        const qint64 walBefore = QFileInfo(walPath).size();
        const qint64 writtenBefore = threadWrittenBytes();
        timer.start();
        if (!store.commit(order, QStringLiteral("K1")).ok)
            return 1;
        commitMs.append(double(timer.nsecsElapsed()) / 1e6);
        const qint64 written = threadWrittenBytes() - writtenBefore;
        const qint64 walAfter = QFileInfo(walPath).size();
        commitBytes.append(double(written));

        // The same bytes, ending where the WAL now ends when it grew.
        const bool grew = walAfter > walBefore;
        walGrew += grew ? 1 : 0;
        const off_t offset = grew ? std::max<qint64>(0, walAfter - written) : 0;
        bytes.fill('x', written);
        timer.start();
        if (::pwrite(fd, bytes.constData(), size_t(bytes.size()), offset) != bytes.size() || ::fdatasync(fd) != 0)
            return 1;
        rawMs.append(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        if (::write(pageFd, page.constData(), size_t(page.size())) != page.size() || ::fsync(pageFd) != 0)
            return 1;
        pageMs.append(double(timer.nsecsElapsed()) / 1e6);

        if (!checkpointer->checkpointAndRestartWal()) {
            std::fprintf(stderr, "checkpoint: %s\n", qPrintable(checkpointer->lastError()));
            return 1;
        }
    }
    ::close(fd);
    ::unlink(rawPath.constData());
    ::close(pageFd);
    ::unlink(pagePath.constData());

    const double commitP99 = bench::percentile(commitMs, 99);
    const double rawP99 = bench::percentile(rawMs, 99);
    const QJsonObject result{{QStringLiteral("durable_commit"), summary(commitMs)},
                             {QStringLiteral("raw_fdatasync"), summary(rawMs)},
                             {QStringLiteral("p99_ratio"), rawP99 > 0 ? commitP99 / rawP99 : 0.0},
                             {QStringLiteral("raw_4k_fsync"), summary(pageMs)},
                             {QStringLiteral("bytes_per_commit_p50"), bench::percentile(commitBytes, 50)},
                             {QStringLiteral("commits_growing_the_wal"), walGrew}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
