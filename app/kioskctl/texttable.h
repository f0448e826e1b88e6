#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace kiosk::ctl {

// `rows` (the first is the header) as left-aligned columns two spaces apart, without trailing
// blanks: kioskctl's human-readable listings.
void printColumns(QTextStream &out, const QList<QStringList> &rows);

// An RFC 3339 time from the kiosk's JSON as a table cell, "2026-12-06 21:57:30" (UTC); "-"
// for null or anything else.
QString utcTimeCell(const QJsonValue &value);

} // namespace kiosk::ctl
