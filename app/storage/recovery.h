#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace kiosk {

// What start-up did about a damaged kiosk.db.
struct StorageRecovery
{
    QString damage;           // what SQLite said ("file is not a database", quick_check's first problem)
    QString movedTo;          // where the damaged file now lies, kept for forensics
    QDateTime at;             // when it was found (UTC)
    int pendingRecovered = 0; // outbox entries copied into the fresh database, by state
    int failedRecovered = 0;
    int ordersRecovered = 0;  // their orders (with lines) that could be read
    int unreadableRows = 0;   // outbox rows that could not be read (state unknown)
    int orderSequence = 0;    // the order sequence carried over (0: none could be read)
    QString salvageError;     // set when the old file could not be read at all

    // For staff: "The database was damaged at 12:00 UTC and moved to kiosk.db.corrupt-...;
    // 14 of 14 pending entries recovered". No personal data.
    QString note() const;
};

// Checks the kiosk's database at `path` before it is opened, cheaply: an open that fails
// because the file is not (or no longer) a database, or a schema that cannot be read. The full
// PRAGMA quick_check does not run here (it reads the whole file, and the first frame would wait
// for it): the health probe runs it after start on its own thread, and damage it finds is
// remembered (rememberDamage) and confirmed here by a quick_check at the next start.
// A damaged file is moved aside with its -wal and -shm as PATH.corrupt-<UTC timestamp>[-wal|-shm],
// a fresh database is created in its place, and what can be read from the old file row by row (read-only; unreadable rows
// skipped) is copied into it: the pending and failed outbox entries with their orders and
// lines, and the order sequence, so order numbers never repeat.
// nullopt when there was nothing to do (no file, or a healthy one; errors that are not damage,
// such as a busy or unreadable file, are left to Database::open to report), or when the file
// was damaged but could not be moved aside or replaced: then `error` says why.
std::optional<StorageRecovery> recoverDamagedDatabase(const QString &path, const QDateTime &now,
                                                      QString *error);

// Damage found while the kiosk runs (the health probe's quick_check): a file PATH.damaged with
// the first problem, so the next start checks the file fully and rebuilds it.
void rememberDamage(const QString &databasePath, const QString &detail);
QString damageMarkerPath(const QString &databasePath);

} // namespace kiosk
