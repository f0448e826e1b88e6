// A touch on a category to its items drawn: the real kiosk pages on a big store
// (bench/make_bench_store.py --items 5000). It walks attract -> dine in -> menu with clicks, then
// taps the categories of the rail one after another (the next one each time, round the rail) and
// times each tap from the click to the first frame swapped whose scene held the new category's
// first card: the clock stops at the first frameSwapped after an afterAnimating (the GUI thread's
// last step before the scene is synchronised for a frame) that found that card in the grid.
// Photos decode asynchronously and may still be placeholders in that frame. Prints one JSON
// object. Run it under a display (Xvfb).
// Usage: bench_category_tap CONFIG_DIR DATA_DIR [TAPS]
#include "kioskpages.h"
#include "percentiles.h"
#include "sync/curlglobal.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <atomic>
#include <cstdio>

using namespace kiosk;
using bench::visibleItem;

namespace {

// A delegate the view `view` shows (by item tree: a view's delegates are not QObject children
// of the window), if it has made it.
QQuickItem *delegateOf(QQuickItem *view, const QStringList &objectNames)
{
    const auto *content = view->property("contentItem").value<QQuickItem *>();
    if (!content)
        return nullptr;
    for (QQuickItem *delegate : content->childItems()) {
        if (delegate->isVisible() && objectNames.contains(delegate->objectName()))
            return delegate;
    }
    return nullptr;
}

// The grid's card of the model's first row (an item or a meal), if the grid has made it.
bool firstCardShown(QQuickItem *grid, const QString &firstId)
{
    return delegateOf(grid, {QStringLiteral("item_") + firstId, QStringLiteral("combo_") + firstId}) != nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_category_tap CONFIG_DIR DATA_DIR [TAPS]\n");
        return 2;
    }
    const CurlGlobal curl;
    QGuiApplication app(argc, argv);
    const int taps = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
    KioskServices services;
    QQmlApplicationEngine engine;
    QString rendererReason;
    QQuickWindow *window = bench::openMenuPage(services, engine, argv[1], argv[2], &rendererReason);
    if (!window)
        return 1;
    QQuickItem *rail = nullptr;
    QQuickItem *grid = nullptr;
    if (!QTest::qWaitFor([&] {
            return (rail = visibleItem(window, QStringLiteral("categoryList"))) != nullptr
                && (grid = visibleItem(window, QStringLiteral("itemGrid"))) != nullptr;
        }, 5000))
        return 1;
    QTest::qWait(800);
    QObject *categories = rail->property("model").value<QObject *>();
    QObject *items = grid->property("model").value<QObject *>();
    const int categoryCount = categories ? categories->property("count").toInt() : 0;
    if (!items || categoryCount < 2) {
        std::fprintf(stderr, "the menu has %d categories: nothing to tap\n", categoryCount);
        return 1;
    }

    // Both signals come on the GUI thread with the software renderer's loop; afterAnimating
    // always does, frameSwapped may come from the render thread (threaded loop), hence atomics.
    QElapsedTimer clock;
    clock.start();
    std::atomic<bool> armed = false;   // this frame's scene holds the new category's first card
    std::atomic<qint64> drawnNs = -1; // when that frame was swapped
    QString firstId;
    bool waiting = false;
    QObject::connect(window, &QQuickWindow::afterAnimating, window, [&] {
        if (waiting && !armed && firstCardShown(grid, firstId))
            armed = true;
    }, Qt::DirectConnection);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (armed && drawnNs < 0)
            drawnNs = clock.nsecsElapsed();
    }, Qt::DirectConnection);

    QList<double> tapMs;
    int itemsShown = 0;
    for (int tap = 0; tap < taps; ++tap) {
        const int row = (tap + 1) % categoryCount; // the menu opens on the first category
        QString categoryId;
        QMetaObject::invokeMethod(categories, "categoryIdAt", Q_RETURN_ARG(QString, categoryId), Q_ARG(int, row));
        QMetaObject::invokeMethod(rail, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 2 /* Contain */));
        QQuickItem *delegate = nullptr;
        if (!QTest::qWaitFor([&] {
                return (delegate = delegateOf(rail, {QStringLiteral("category_") + categoryId})) != nullptr;
            }, 5000)) {
            std::fprintf(stderr, "no delegate for category %s\n", qPrintable(categoryId));
            return 1;
        }
        QTest::qWait(300); // the rail's move is drawn and the previous category's photos decoded

        armed = false;
        drawnNs = -1;
        const qint64 startNs = clock.nsecsElapsed();
        waiting = true;
        // The model's first row is known once the tap has set the category.
        QMetaObject::invokeMethod(delegate, "clicked");
        QMetaObject::invokeMethod(items, "itemIdAt", Q_RETURN_ARG(QString, firstId), Q_ARG(int, 0));
        if (firstId.isEmpty() || !QTest::qWaitFor([&] { return drawnNs >= 0; }, 10000)) {
            std::fprintf(stderr, "category %s was not drawn\n", qPrintable(categoryId));
            return 1;
        }
        waiting = false;
        tapMs.append(double(drawnNs - startNs) / 1e6);
        itemsShown = std::max(itemsShown, grid->property("count").toInt());
    }

    // Every item and meal of the menu: the categories' counts added up.
    int menuItems = 0;
    if (const auto *model = qobject_cast<const QAbstractItemModel *>(categories)) {
        const int countRole = model->roleNames().key("itemCount", -1);
        for (int row = 0; row < categoryCount; ++row)
            menuItems += model->index(row, 0).data(countRole).toInt();
    }
    const QJsonObject result{{QStringLiteral("renderer"), bench::rendererName(window)},
                             {QStringLiteral("renderer_reason"), rendererReason},
                             {QStringLiteral("taps"), tapMs.size()},
                             {QStringLiteral("categories"), categoryCount},
                             {QStringLiteral("items"), menuItems},
                             {QStringLiteral("largest_category"), itemsShown},
                             {QStringLiteral("p50_ms"), bench::percentile(tapMs, 50)},
                             {QStringLiteral("p95_ms"), bench::percentile(tapMs, 95)},
                             {QStringLiteral("max_ms"), bench::percentile(tapMs, 100)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
