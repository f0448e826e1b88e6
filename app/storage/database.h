#pragma once

#include "storage/statement.h"

#include <QList>
#include <QString>
#include <memory>

struct sqlite3;

namespace kiosk {

// A database's schema history: migrations[i] brings user_version i to i + 1. Migrations only
// ever get appended, so a database of any older version can be brought up to date.
struct Schema
{
    QString name;
    QList<const char *> migrations;
    int version() const { return int(migrations.size()); }
};

// The kiosk's SQLite database: one file in WAL mode with synchronous=FULL, so a committed
// transaction survives a crash or a power cut. Opening it also brings the schema up to date.
class Database
{
public:
    // Opens (creating if needed) and migrates `path` to `schema`; nullptr with `error` set on
    // failure, and a database from a newer program (higher user_version) is refused.
    static std::unique_ptr<Database> open(const QString &path, const Schema &schema, QString *error);
    // The kiosk's own database (kioskSchema()).
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Statement prepare(const char *sql) { return Statement(m_db, sql); }
    // The same, for a statement this connection runs again and again (checkout's commit):
    // compiled once, then reset and reused. Compiling was a third of a commit's time besides
    // its fsync. `sql` must be fixed text, not built at run time: each text stays compiled.
    // Like the connection itself, for one thread at a time.
    Statement prepareCached(const char *sql) { return Statement(m_statements, sql); }
    bool exec(const char *sql);
    QString lastError() const;
    // Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;
    QString path() const { return m_path; }
    int userVersion();

    // For a background thread's own connection (the sync thread's), every few seconds: copies
    // the WAL into the database file (PASSIVE: never waits for, nor blocks, a writer) and,
    // when that emptied it, restarts the WAL right here with one write. Otherwise the next
    // commit restarts it, and the new WAL header costs that commit a second fsync: with orders
    // seconds apart, every checkout would wait for two syncs of the disk instead of one.
    // Does nothing while no other connection has committed since the last complete pass.
    // False on an SQLite error (lastError()).
    bool checkpointAndRestartWal();

    // All-or-nothing: commits when commit() is called, rolls back otherwise.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit();

    private:
        Database &m_db;
        bool m_active = false;
    };

private:
    Database(sqlite3 *db, QString path);
    // Switches to WAL and returns the journal mode now in force.
    QString journalMode();

    sqlite3 *m_db;
    QString m_path;
    StatementCache m_statements{m_db};
    // PRAGMA data_version after the last complete checkpointAndRestartWal(): it changes when
    // another connection commits; -1 before the first.
    qint64 m_settledDataVersion = -1;
};

} // namespace kiosk
