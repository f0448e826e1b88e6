// Durable order commit (OrderStore::commit: WAL, synchronous=FULL, one transaction) next to a
// raw write+fsync of the same size on the same disk, so the figure can be judged against
// what the disk itself allows. Prints one JSON object on stdout.
// Usage: bench_durable_commit DIR [COUNT]
#include "domain/order.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "percentiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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

QJsonObject summary(const QList<double> &ms)
{
    return {{QStringLiteral("p50_ms"), bench::percentile(ms, 50)},
            {QStringLiteral("p99_ms"), bench::percentile(ms, 99)},
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
    QFile::remove(dir.filePath(QStringLiteral("bench.db")));

    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    OrderStore store(*db);
    QList<double> commitMs;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        Order order = sampleOrder();
        timer.start();
        if (!store.commit(order, QStringLiteral("K1")).ok)
            return 1;
        commitMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // The same bytes an order costs, written and fsynced by hand.
    const QByteArray page(4096, 'x');
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("fsync.bin")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QList<double> fsyncMs;
    for (int i = 0; i < count && fd >= 0; ++i) {
        timer.start();
        if (::write(fd, page.constData(), size_t(page.size())) != page.size() || ::fsync(fd) != 0)
            return 1;
        fsyncMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    ::close(fd);
    ::unlink(path.constData());

    const QJsonObject result{{QStringLiteral("durable_commit"), summary(commitMs)},
                             {QStringLiteral("raw_fsync"), summary(fsyncMs)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
