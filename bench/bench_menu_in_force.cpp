// The menu in force: menuAt + nextMenuChangeAfter (what MenuSchedule does at each visit's start,
// each daypart boundary and each pause) on a store grown to N items by bench/make_bench_store.py,
// with one item in twenty paused. Prints one JSON object.
// Usage: bench_menu_in_force CONFIG_DIR [REPEATS]
#include "config/configloader.h"
#include "domain/menuinforce.h"
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
        std::fprintf(stderr, "usage: bench_menu_in_force CONFIG_DIR [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 50;
    ConfigErrors errors;
    const std::optional<LoadedConfig> config = loadConfigDir(QString::fromLocal8Bit(argv[1]), &errors);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(formatErrors(errors)));
        return 1;
    }
    const Menu &menu = config->menu;
    const QTimeZone zone = config->kiosk.storeTime.timeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PausedUntil paused;
    for (qsizetype i = 0; i < menu.items().size(); i += 20)
        paused.insert(menu.items().at(i).id, now.addSecs(3600));
    QList<double> ms;
    qsizetype shown = 0;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        const Menu inForce = menuAt(menu, now, zone, paused);
        const std::optional<QDateTime> next = nextMenuChangeAfter(menu, now, zone, paused);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        shown = inForce.items().size();
        Q_UNUSED(next);
    }
    const QJsonObject result{{QStringLiteral("items"), menu.items().size()},
                             {QStringLiteral("shown"), shown},
                             {QStringLiteral("p50_ms"), bench::percentile(ms, 50)},
                             {QStringLiteral("p99_ms"), bench::percentile(ms, 99)},
                             {QStringLiteral("samples"), ms.size()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
