#include "kioskctl/commands.h"

#include "config/configcheck.h"

namespace kiosk::ctl {

// The one check `kiosk --check-config` runs too, printed the same way.
int validateConfig(Io &io, const QString &dir)
{
    return printConfigCheck(checkConfigDir(dir), io.out, io.err) == 0 ? ExitOk : ExitFailed;
}

} // namespace kiosk::ctl
