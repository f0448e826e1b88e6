#pragma once

// The configs the tests start from: the sample store (kiosk-config/, what the demo runs) and
// the smallest valid config (tests/data/minimal-config/), and their menus.
#include "domain/menu.h"

#include <QString>
#include <QStringList>

namespace kiosk::test {

QString sampleConfigDir();  // kiosk-config/ of the source tree
QString minimalConfigDir(); // tests/data/minimal-config/
QString sampleMenuFile();   // the sample store's menu.json, refpos's --menu

// refpos's arguments for the sample store: its menu and its backend.token.
QStringList sampleBackendArguments();

// The menu.json of the config folder `dir`, parsed for English and Spanish; fails the test run
// when it is invalid.
Menu loadMenu(const QString &dir);

} // namespace kiosk::test
