#include "commandline.h"

#include "config/configcheck.h"
#include "config/defaultconfigdir.h"
#include "kioskversion.h"

#include <QCoreApplication>
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
    return parser.isSet(config) ? parser.value(config) : defaultConfigDir();
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
