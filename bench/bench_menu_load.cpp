// Menu load + validate: loadConfigDir (read kiosk.json and menu.json, validate both in full, build
// the Menu) on a store grown to N items by bench/make_bench_store.py. Prints one JSON object.
// Usage: bench_menu_load CONFIG_DIR [REPEATS]
#include "config/configloader.h"
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
        std::fprintf(stderr, "usage: bench_menu_load CONFIG_DIR [REPEATS]\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 20;
    QList<double> ms;
    qsizetype items = 0;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        ConfigErrors errors;
        timer.start();
        const std::optional<LoadedConfig> config = loadConfigDir(dir, &errors);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (!config) {
            std::fprintf(stderr, "%s\n", qPrintable(formatErrors(errors)));
            return 1;
        }
        items = config->menu.items().size();
    }
    const QJsonObject result{{QStringLiteral("items"), items},
                             {QStringLiteral("p50_ms"), bench::percentile(ms, 50)},
                             {QStringLiteral("p99_ms"), bench::percentile(ms, 99)},
                             {QStringLiteral("samples"), ms.size()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
