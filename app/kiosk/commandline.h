#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace kiosk {

// The kiosk's command line (README "The kiosk command").
struct CommandLine
{
    QCommandLineOption config{QStringLiteral("config"),
        QStringLiteral("Config folder (default: /etc/kiosk; ./kiosk-config from a build tree)."), QStringLiteral("dir")};
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
    QCommandLineParser parser;

    CommandLine();
    // Parses the running application's arguments (exits on --help, --version or an error).
    void process();
    // The config folder asked for, or the default (config/defaultconfigdir.h).
    QString configDir() const;
};

// True when the arguments ask for --check-config, which needs no display.
bool wantsConfigCheck(int argc, char *argv[]);
// `kiosk --check-config DIR` on a bare QCoreApplication; the process's exit code.
int runConfigCheck(int argc, char *argv[]);

} // namespace kiosk
