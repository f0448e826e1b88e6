// Cart recompute: what the kiosk redoes when a 50-line cart changes or the menu reloads —
// every line re-checked against the menu (availability, prices) and the totals computed.
// Prints one JSON object. Usage: bench_cart_recompute CONFIG_DIR [REPEATS]
#include "config/configloader.h"
#include "domain/cart.h"
#include "domain/itemselection.h"
#include "domain/pricing.h"
#include "percentiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace kiosk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_cart_recompute CONFIG_DIR [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 2000;
    ConfigErrors errors;
    const std::optional<LoadedConfig> config = loadConfigDir(QString::fromLocal8Bit(argv[1]), &errors);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(formatErrors(errors)));
        return 1;
    }
    constexpr int Lines = 50;
    Cart cart;
    for (const MenuItem &item : config->menu.items()) {
        if (cart.lines().size() == Lines)
            break;
        if (item.available)
            cart.add(ItemSelection::withDefaults(config->menu, item), 2);
    }
    if (cart.lines().size() != Lines) {
        std::fprintf(stderr, "the menu has fewer than %d available items\n", Lines);
        return 1;
    }

    QList<double> us;
    QElapsedTimer timer;
    Cents sink = 0;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        cart.refreshAvailability(config->menu);
        sink += computeTotals(cart, config->kiosk.taxRateBps).total;
        us.append(double(timer.nsecsElapsed()) / 1e3);
    }
    const QJsonObject result{{QStringLiteral("lines"), Lines},
                             {QStringLiteral("p50_us"), bench::percentile(us, 50)},
                             {QStringLiteral("p99_us"), bench::percentile(us, 99)},
                             {QStringLiteral("samples"), us.size()},
                             {QStringLiteral("checksum"), sink % 1000}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
