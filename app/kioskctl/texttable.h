#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace kiosk::ctl {

// `rows` (the first is the header) as left-aligned columns two spaces apart, without trailing
// blanks: kioskctl's human-readable listings.
void printColumns(QTextStream &out, const QList<QStringList> &rows);

} // namespace kiosk::ctl
