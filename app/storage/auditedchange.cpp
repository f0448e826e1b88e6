#include "storage/auditedchange.h"

#include "storage/database.h"
#include "storage/staffaudit.h"

namespace kiosk {

std::optional<bool> auditedChange(Database &db, const QString &action, const std::function<bool()> &change,
                                  const std::function<QString(bool changed)> &detail)
{
    Database::Transaction transaction(db);
    if (!transaction.isActive())
        return std::nullopt;
    const bool changed = change();
    if (!StaffAudit(db).record(action, detail(changed), QDateTime::currentDateTimeUtc()) || !transaction.commit())
        return std::nullopt;
    return changed;
}

} // namespace kiosk
