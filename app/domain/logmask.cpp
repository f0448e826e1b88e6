#include "domain/logmask.h"

namespace kiosk {

QString maskIdentifier(const QString &identifier)
{
    const QString trimmed = identifier.trimmed();
    // Two characters or fewer would be shown whole: hide them too.
    if (trimmed.size() <= 2)
        return QStringLiteral("…");
    return QStringLiteral("…") + trimmed.right(2);
}

} // namespace kiosk
