// GUI frame time while scrolling: the real kiosk pages on a store whose first category holds
// every item (bench/make_bench_store.py --single-category). It walks attract -> dine in -> menu
// with clicks, then scrolls the item grid ten screens down and back up, moving it a fixed step each
// time a frame is swapped, and records the intervals between swapped frames (QQuickWindow's
// frameSwapped, on the render thread). It draws with the renderer the kiosk would pick from the
// config (kioskrenderer.h) and says which. Prints one JSON object. Run it under a display (Xvfb).
// Usage: bench_scroll_frames CONFIG_DIR DATA_DIR [PASSES]
#include "kioskpages.h"
#include "percentiles.h"
#include "sync/curlglobal.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <cstdio>

using namespace kiosk;

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_scroll_frames CONFIG_DIR DATA_DIR [PASSES]\n");
        return 2;
    }
    const CurlGlobal curl;
    QGuiApplication app(argc, argv);
    const int passes = argc > 3 ? std::atoi(argv[3]) : 2;
    KioskServices services;
    QQmlApplicationEngine engine;
    QString rendererReason;
    QQuickWindow *window = bench::openMenuPage(services, engine, argv[1], argv[2], &rendererReason);
    if (!window)
        return 1;
    QQuickItem *grid = nullptr;
    if (!QTest::qWaitFor([&] { return (grid = bench::visibleItem(window, QStringLiteral("itemGrid"))) != nullptr; }, 5000))
        return 1;
    QTest::qWait(800);
    const int count = grid->property("count").toInt();
    // Ten screens down and back per pass: every row of a 500-item grid would take minutes of
    // software rendering under Xvfb and measure nothing more.
    const qreal bottom = std::min(grid->property("contentHeight").toReal() - grid->height(),
                                  10 * grid->height());
    if (count < 100 || bottom <= 0) {
        std::fprintf(stderr, "the first category has %d items: nothing to scroll\n", count);
        return 1;
    }

    // Frame timestamps come from the render thread; the scroll steps are made on the GUI thread.
    QMutex mutex;
    QList<double> swapMs;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const QMutexLocker lock(&mutex);
        swapMs.append(double(clock.nsecsElapsed()) / 1e6);
    }, Qt::DirectConnection);
    constexpr qreal Step = 24; // px per frame: a brisk finger scroll at 60 fps
    int pass = 0;
    qreal direction = 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, grid, [&] {
        qreal y = grid->property("contentY").toReal() + direction * Step;
        if (y >= bottom || y <= 0) {
            y = std::clamp<qreal>(y, 0, bottom);
            if (direction < 0)
                ++pass;
            direction = -direction;
        }
        grid->setProperty("contentY", y);
        if (pass >= passes)
            app.quit();
    }, Qt::QueuedConnection);
    grid->setProperty("contentY", Step);
    app.exec();

    QList<double> frameMs;
    {
        const QMutexLocker lock(&mutex);
        for (qsizetype i = 1; i < swapMs.size(); ++i)
            frameMs.append(swapMs.at(i) - swapMs.at(i - 1));
    }
    const QJsonObject result{{QStringLiteral("renderer"), bench::rendererName(window)},
                             {QStringLiteral("renderer_reason"), rendererReason},
                             {QStringLiteral("items_in_category"), count},
                             {QStringLiteral("scrolled_px"), 2 * passes * bottom},
                             {QStringLiteral("frames"), frameMs.size()},
                             {QStringLiteral("p50_ms"), bench::percentile(frameMs, 50)},
                             {QStringLiteral("p95_ms"), bench::percentile(frameMs, 95)},
                             {QStringLiteral("max_ms"), bench::percentile(frameMs, 100)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
