#include "commandline.h"

#include "config/configcheck.h"
#include "kioskversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace kiosk {

CommandLine::CommandLine()
{
    parser.setApplicationDescription(QStringLiteral("Self-service ordering kiosk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({config, dataDir, check, fullScreen, reportStartup, exitAfterFirstFrame});
}

void CommandLine::process()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    parser.process(*QCoreApplication::instance());
}

QString CommandLine::configDir() const
{
    if (parser.isSet(config))
        return parser.value(config);
    // In a checkout the sample store sits next to us; an installed kiosk reads /etc/kiosk.
    const QString local = QDir::current().filePath(QStringLiteral("kiosk-config"));
    return QFileInfo::exists(local + QStringLiteral("/kiosk.json")) ? local : QStringLiteral("/etc/kiosk");
}

bool wantsConfigCheck(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--check-config"))
            return true;
    }
    return false;
}

int runConfigCheck(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandLine commandLine;
    commandLine.process();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return printConfigCheck(checkConfigDir(commandLine.parser.value(commandLine.check)), out, err);
}

} // namespace kiosk
