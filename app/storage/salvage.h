#pragma once

// The salvage half of recovery.cpp: what can still be read, row by row, from a damaged kiosk.db
// that has been moved aside, and writing it into the fresh database that takes its place.
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kiosk {

class Database;

// What could be read from a damaged file: pending and failed outbox entries with their orders
// and lines, the highest outbox seq and the order sequence.
struct Salvage
{
    using Row = QList<QVariant>; // column values as SQLite returned them, bound again unchanged

    QList<Row> outbox; // pending and failed entries, in seq order
    QList<Row> orders;
    QList<Row> lines;
    QStringList outboxColumns, orderColumns, lineColumns;
    qint64 maxSeq = 0;
    int orderSequence = 0;
    int pending = 0;
    int failed = 0;
    int unreadable = 0;
    QString error; // set when the old file could not be read at all
};

// Reads `damagedPath` read-only, the columns `fresh`'s schema also has; a destroyed header is
// rebuilt on a scratch copy at `scratchPath`, removed afterwards. Unreadable rows are skipped.
Salvage salvageDamagedFile(const QString &damagedPath, const QString &scratchPath, Database &fresh);

// Writes `salvage` into `fresh` in one transaction; new outbox entries continue after its seq.
bool writeSalvage(Database &fresh, const Salvage &salvage, QString *error);

} // namespace kiosk
