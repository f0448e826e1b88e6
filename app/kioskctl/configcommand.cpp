#include "kioskctl/commands.h"

#include "config/configloader.h"
#include "health/healthsettings.h"
#include "sync/syncsettings.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

// Word for word `kiosk --check-config` (app/kiosk/main.cpp), so either can be used.
int validateConfig(Io &io, const QString &dir)
{
    ConfigErrors errors;
    const std::optional<LoadedConfig> config = loadConfigDir(dir, &errors);
    // The optional sync and health sections are checked by their own components.
    if (config) {
        loadSyncSettings(config->kiosk, &errors);
        loadHealthSettings(config->kiosk, &errors);
    }
    if (!errors.isEmpty()) {
        io.err << formatErrors(errors) << u'\n';
        return ExitFailed;
    }
    io.out << u"%1: OK (%2 categories, %3 items)\n"_s.arg(dir)
                  .arg(config->menu.categories().size())
                  .arg(config->menu.items().size());
    return ExitOk;
}

} // namespace kiosk::ctl
