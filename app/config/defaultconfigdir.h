#pragma once

#include <QString>

namespace kiosk {

// The config folder the kiosk and kioskctl use without --config: /etc/kiosk, except for a
// program run from the build tree of a source checkout, which reads ./kiosk-config when the
// working directory has one (the sample store). An installed kiosk never picks up a folder
// from whatever directory it was started in.
QString defaultConfigDir();
// The same for a program in `applicationDir` started in `workingDir`.
QString defaultConfigDir(const QString &applicationDir, const QString &workingDir);

} // namespace kiosk
