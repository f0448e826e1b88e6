#include "config/configcheck.h"

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
    out << check.summary() << u'\n';
    out.flush();
    return 0;
}

} // namespace kiosk
