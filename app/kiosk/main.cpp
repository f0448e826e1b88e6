// The kiosk executable: parses the command line, starts the composition root (KioskServices)
// and hands its parts to the QML pages. Everything else lives in the libraries.
#include "commandline.h"
#include "health/healthmonitor.h"
#include "kioskservices.h"
#include "renderbackend.h"
#include "startupreport.h"
#include "sync/curlglobal.h"
#include "ui/recenterrorlog.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(KioskPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_ModelsPlugin)

int main(int argc, char *argv[])
{
    if (kiosk::wantsConfigCheck(argc, argv))
        return kiosk::runConfigCheck(argc, argv);
    // libcurl's global state is set up before any thread exists (and SIGPIPE is ignored).
    const kiosk::CurlGlobal curl;
    // The diagnostics "Recent errors" page: the last warnings and criticals, from the start.
    kiosk::RecentErrorLog errorLog;
    errorLog.install();

    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk"));
    kiosk::CommandLine commandLine;
    commandLine.process();
    const QCommandLineParser &parser = commandLine.parser;

    const QString configDir = commandLine.configDir();
    kiosk::KioskServices services;
    kiosk::KioskServices::Options options;
    options.configDir = configDir;
    options.dataDir = parser.value(commandLine.dataDir);
    options.errorLog = &errorLog;
    // The threads, the listeners and config watching start after the first frame (below).
    options.deferBackground = true;
    QString error;
    if (!services.start(options, &error)) {
        std::fprintf(stderr, "kiosk: refusing to start on %s:\n%s\n", qPrintable(configDir), qPrintable(error));
        return 1;
    }

    // Before the window exists: without a GPU, Qt's software renderer rather than OpenGL on
    // llvmpipe (config/displaysettings.h says why).
    const kiosk::RenderBackendChoice renderer = kiosk::chooseRenderBackend(
        services.config().kiosk.display.renderer, qEnvironmentVariable("QT_QUICK_BACKEND"), kiosk::hasGpuRenderNode());
    if (renderer.software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    qInfo().noquote() << "kiosk: renderer:" << renderer.reason;

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QVariantMap properties = services.qmlProperties();
    properties.insert(QStringLiteral("fullScreen"), parser.isSet(commandLine.fullScreen));
    engine.setInitialProperties(properties);
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 2;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        kiosk::onFirstFrame(window, parser.isSet(commandLine.reportStartup),
                            parser.isSet(commandLine.exitAfterFirstFrame), [&services] {
                                services.startBackground();
                                if (kiosk::HealthMonitor *health = services.health())
                                    health->notifyReady(); // READY=1, then the full quick_check
                            });
    }
    // A window that never draws (a display off or broken) still gets the listener that says
    // so, and its orders still reach the backend.
    constexpr int BackgroundWithoutFrameMs = 3000;
    QTimer::singleShot(BackgroundWithoutFrameMs, &services, &kiosk::KioskServices::startBackground);
    return app.exec();
}
