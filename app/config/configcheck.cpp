#include "config/configcheck.h"

#include "config/backendtoken.h"

using namespace Qt::StringLiterals;

namespace kiosk {

QString ConfigCheck::summary() const
{
    if (!config)
        return {};
    return u"%1: OK (%2 categories, %3 items)"_s.arg(dir, QString::number(config->menu.categories().size()),
                                                     QString::number(config->menu.items().size()));
}

ConfigCheck checkConfigDir(const QString &dir)
{
    ConfigCheck check;
    check.dir = dir;
    check.config = loadConfigDir(dir, &check.errors);
    return check;
}

int printConfigCheck(const ConfigCheck &check, QTextStream &out, QTextStream &err)
{
    if (!check.passed()) {
        err << formatErrors(check.errors) << u'\n';
        err.flush();
        return 1;
    }
    // The token file is read where the kiosk runs: a demo token in front of a remote backend
    // keeps the kiosk from starting, a token others can read is worth a warning.
    const KioskConfig::Backend &backend = check.config->kiosk.backend;
    if (const QString refusal = demoTokenRefusal(backend); !refusal.isEmpty()) {
        err << refusal << u'\n';
        err.flush();
        return 1;
    }
    for (const QString &warning : tokenFileWarnings(backend.tokenFile))
        err << u"warning: "_s << warning << u'\n';
    err.flush();
    out << check.summary() << u'\n';
    out.flush();
    return 0;
}

} // namespace kiosk
