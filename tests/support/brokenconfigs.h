#pragma once

// tests/data/broken-configs: each case is a folder of files laid over tests/data/minimal-config
// (plus, in `delete`, the names of files to remove), and the exact messages it must produce in
// expected.txt. Shared by the validator's tests and the command-line parity test.
#include "support/files.h"
#include "support/samplestore.h"

#include <QString>
#include <QStringList>

namespace kiosk::test {

QString brokenConfigsDir();
QStringList brokenConfigNames(); // the case folders, by name

// The lines of a text file, without empty ones; one line saying so when it cannot be read.
QStringList readLines(const QString &fileName);

// The minimal config with the case at `caseDir` laid over it, in `dir`; false on a failure.
bool layBrokenConfig(const QString &caseDir, const QString &dir);

} // namespace kiosk::test
