#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace kiosk {

class Database;

// A staff action on the database and its staff_audit row, in one transaction: the action is on
// record or it did not happen (a crash, or an audit that cannot be written, undoes both).
// `change` returns whether it changed anything; `detail` turns that into the row's detail.
// Returns change()'s answer, or nullopt when nothing was committed.
std::optional<bool> auditedChange(Database &db, const QString &action, const std::function<bool()> &change,
                                  const std::function<QString(bool changed)> &detail);

} // namespace kiosk
