// The kiosk executable: parses the command line, loads the config and hands a KioskSession to
// the QML pages. Everything else lives in the libraries.
#include "startupreport.h"
#include "ui/kiosksession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
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

int checkConfig(const QString &dir)
{
    kiosk::ConfigErrors errors;
    const std::optional<kiosk::LoadedConfig> config = kiosk::loadConfigDir(dir, &errors);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(kiosk::formatErrors(errors)));
        return 1;
    }
    std::printf("%s: OK (%lld categories, %lld items)\n", qPrintable(dir),
                qint64(config->menu.categories().size()), qint64(config->menu.items().size()));
    return 0;
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
    return checkConfig(parser.value(options.check));
}

void reportFirstFrame(QQuickWindow *window, bool report, bool exitAfter)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [report, exitAfter] {
        static bool first = true;
        if (!first)
            return;
        first = false;
        if (report)
            std::printf("startup_ms=%lld\n", kiosk::millisecondsSinceProcessStart());
        std::fflush(stdout);
        if (exitAfter)
            QCoreApplication::quit();
    }, Qt::DirectConnection); // frameSwapped comes from the render thread
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsConfigCheck(argc, argv))
        return runConfigCheck(argc, argv);

    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    const QString configDir = parser.isSet(options.config) ? parser.value(options.config) : defaultConfigDir();
    kiosk::KioskSession session;
    if (!session.load(configDir, parser.value(options.dataDir))) {
        std::fprintf(stderr, "kiosk: refusing to start on %s:\n%s\n", qPrintable(configDir),
                     qPrintable(session.loadError()));
        return 1;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("session"), QVariant::fromValue(&session)},
                                 {QStringLiteral("fullScreen"), parser.isSet(options.fullScreen)}});
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 2;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && (parser.isSet(options.reportStartup) || parser.isSet(options.exitAfterFirstFrame)))
        reportFirstFrame(window, parser.isSet(options.reportStartup), parser.isSet(options.exitAfterFirstFrame));
    return app.exec();
}
