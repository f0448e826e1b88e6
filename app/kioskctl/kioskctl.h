#pragma once

#include "kioskctl/context.h"

#include <QStringList>

namespace kiosk::ctl {

// The whole of kioskctl: `arguments` as a process gets them (the program name first); returns
// the exit status. Talks to a running kiosk through a local event loop, so it needs a
// QCoreApplication but not a running one.
int runKioskCtl(const QStringList &arguments, Io &io);

QString usage();

} // namespace kiosk::ctl
