#pragma once

// Kiosk databases for tests: opened (migrated) like the kiosk opens them, and filled with outbox
// entries queued the way checkout queues them.
#include "storage/database.h"

#include <QDateTime>
#include <memory>

namespace kiosk::test {

// The kiosk's database at `path`, created and migrated when missing; fails the test run when
// it cannot be opened.
std::unique_ptr<Database> openDb(const QString &path);

// Queues an entry the way checkout does, created `ageS` seconds before `now`.
void enqueue(Database &db, const QString &kind, const QString &key, qint64 ageS, const QDateTime &now,
             const QByteArray &body = R"({"items":[]})");

// Sets the outbox state of the entry `key` ("pending", "delivered", "failed").
void setState(Database &db, const QString &key, const char *state);

// A closed (so checkpointed, without a -wal file) kiosk database with `entries` orders of about
// a kilobyte each, so the outbox spans many pages.
void makeDatabase(const QString &path, int entries, const QDateTime &now);

// The outbox's leaf pages in the database at `path` (1-based page numbers, ascending), with the
// WAL checkpointed into the file first, so overwriting a page damages what readers will see.
QList<qint64> outboxLeafPages(const QString &path);

} // namespace kiosk::test
