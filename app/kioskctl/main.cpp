// kioskctl: the staff and support command line. Everything but the terminal is in kioskctl_lib.
#include "kioskctl/kioskctl.h"
#include "kioskctl/terminal.h"
#include "kioskversion.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kioskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    kiosk::ctl::Io io{out, err, &kiosk::ctl::readStdinSecret, kiosk::ctl::stdinIsTerminal()};
    const int status = kiosk::ctl::runKioskCtl(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return status;
}
