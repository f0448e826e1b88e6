#pragma once

#include <QString>

namespace kiosk {

// What a log line may show of a phone number, member number or scanned code: its last two
// characters at most ("…67"), so support can tell two lookups apart without learning who the
// customer is. Identifiers of two characters or fewer are hidden completely. Every loyalty log
// line goes through this one helper.
QString maskIdentifier(const QString &identifier);

} // namespace kiosk
