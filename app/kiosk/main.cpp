// The kiosk executable: parses the command line, starts the composition root (KioskServices)
// and hands its parts to the QML pages. Everything else lives in the libraries.
#include "config/configcheck.h"
#include "health/healthmonitor.h"
#include "kioskservices.h"
#include "kioskversion.h"
#include "startupreport.h"
#include "sync/curlglobal.h"
#include "ui/recenterrorlog.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <atomic>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(KioskPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_ModelsPlugin)

namespace {

QString defaultConfigDir()
{
    // In a checkout the sample store sits next to us; an installed kiosk reads /etc/kiosk.
    const QString local = QDir::current().filePath(QStringLiteral("kiosk-config"));
    return QFileInfo::exists(local + QStringLiteral("/kiosk.json")) ? local : QStringLiteral("/etc/kiosk");
}

struct Options
{
    QCommandLineOption config{QStringLiteral("config"),
        QStringLiteral("Config folder (default: ./kiosk-config, else /etc/kiosk)."), QStringLiteral("dir")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
        QStringLiteral("Override the config's data_dir."), QStringLiteral("dir")};
    QCommandLineOption check{QStringLiteral("check-config"),
        QStringLiteral("Validate a config folder, print every problem, and exit."), QStringLiteral("dir")};
    QCommandLineOption fullScreen{QStringLiteral("fullscreen"),
        QStringLiteral("Cover the whole screen (the kiosk session uses this).")};
    QCommandLineOption reportStartup{QStringLiteral("report-startup"),
        QStringLiteral("Print the milliseconds from process start to the first frame.")};
    QCommandLineOption exitAfterFirstFrame{QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Quit once the first frame is on screen (for benchmarks).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Self-service ordering kiosk"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({config, dataDir, check, fullScreen, reportStartup, exitAfterFirstFrame});
    }
};

bool wantsConfigCheck(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--check-config"))
            return true;
    }
    return false;
}

// Validating a config needs no display: it runs on a bare QCoreApplication.
int runConfigCheck(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return kiosk::printConfigCheck(kiosk::checkConfigDir(parser.value(options.check)), out, err);
}

// The first frame on screen: READY=1 for systemd, and the start-up figure when asked.
void onFirstFrame(QQuickWindow *window, kiosk::HealthMonitor *health, bool report, bool exitAfter)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [=] {
        static std::atomic_bool first = true;
        if (!first.exchange(false))
            return;
        if (report) {
            std::printf("startup_ms=%lld\n", kiosk::millisecondsSinceProcessStart());
            std::fflush(stdout);
        }
        // frameSwapped comes from the render thread: everything else happens on the GUI thread.
        // (Qt 6's quit() delivers synchronously, so calling it here would deadlock.)
        QMetaObject::invokeMethod(health, &kiosk::HealthMonitor::notifyReady, Qt::QueuedConnection);
        if (exitAfter)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }, Qt::DirectConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsConfigCheck(argc, argv))
        return runConfigCheck(argc, argv);
    // libcurl's global state is set up before any thread exists (and SIGPIPE is ignored).
    const kiosk::CurlGlobal curl;
    // The diagnostics "Recent errors" page: the last warnings and criticals, from the start.
    kiosk::RecentErrorLog errorLog;
    errorLog.install();

    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    const QString configDir = parser.isSet(options.config) ? parser.value(options.config) : defaultConfigDir();
    kiosk::KioskServices services;
    QString error;
    if (!services.start({configDir, parser.value(options.dataDir), kiosk::KioskServices::HealthListener::Configured,
                         &errorLog},
                        &error)) {
        std::fprintf(stderr, "kiosk: refusing to start on %s:\n%s\n", qPrintable(configDir), qPrintable(error));
        return 1;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QVariantMap properties = services.qmlProperties();
    properties.insert(QStringLiteral("fullScreen"), parser.isSet(options.fullScreen));
    engine.setInitialProperties(properties);
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 2;

    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        onFirstFrame(window, services.health(), parser.isSet(options.reportStartup),
                     parser.isSet(options.exitAfterFirstFrame));
    }
    return app.exec();
}
