#pragma once

// The real kiosk pages in a window, for the benchmarks that drive them (run under Xvfb):
// started as the kiosk starts them, drawn with the renderer the kiosk picks, walked to the menu.
#include "kioskrenderer.h"
#include "kioskservices.h"
#include "ui/idlemonitor.h"
#include "ui/kiosksession.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <cstdio>

namespace kiosk::bench {

// The first visible item called `objectName`, searched from the window: the items declared in
// it have the window, not its content item, as their QObject parent.
inline QQuickItem *visibleItem(QQuickWindow *window, const QString &objectName)
{
    const QList<QQuickItem *> found = window->findChildren<QQuickItem *>(objectName);
    for (QQuickItem *item : found) {
        if (item->isVisible() && item->width() > 0)
            return item;
    }
    return nullptr;
}

inline bool click(QQuickWindow *window, const char *objectName)
{
    QQuickItem *item = nullptr;
    if (!QTest::qWaitFor([&] { return (item = visibleItem(window, QLatin1String(objectName))) != nullptr; },
                         5000))
        return false;
    QTest::qWait(500); // the page transition settles
    // Emitted rather than tapped: the attract page's centre may be the staff logo, and where a
    // tap lands is not what these benchmarks measure.
    return QMetaObject::invokeMethod(item, "clicked");
}

// Starts `services` on the config and data folders (no health listener), loads the pages into
// `engine` and walks attract -> dine in -> the menu page. Returns the window, or nullptr after
// saying why on stderr; `rendererReason` tells how the renderer was chosen.
inline QQuickWindow *openMenuPage(KioskServices &services, QQmlApplicationEngine &engine, const char *configDir,
                                  const char *dataDir, QString *rendererReason)
{
    QString error;
    if (!services.start({QString::fromLocal8Bit(configDir), QString::fromLocal8Bit(dataDir),
                         KioskServices::HealthListener::Off},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    *rendererReason = useKioskRenderer(services); // before the window exists
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties(services.qmlProperties());
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr
                                                  : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window || !QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "the kiosk's window did not show\n");
        return nullptr;
    }
    services.session().idle()->setIdleTimeoutMs(3600 * 1000); // nobody touches the screen meanwhile
    if (!click(window, "touchToOrder") || !click(window, "dineInButton")) {
        std::fprintf(stderr, "could not reach the menu page\n");
        return nullptr;
    }
    return window;
}

} // namespace kiosk::bench
