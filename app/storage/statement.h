#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk {

// One connection's compiled statements kept for reuse (Database::prepareCached): an idle one
// per SQL text, handed out by take() and back with give().
class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db) : m_db(db) {}
    ~StatementCache() { clear(); }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The idle statement for `sql`, or a newly compiled one; nullptr when it does not compile.
    sqlite3_stmt *take(const char *sql);
    // Reset, bindings cleared, and kept for the next take(); finalized when one is idle already
    // (the same SQL was in use twice at once).
    void give(const char *sql, sqlite3_stmt *stmt);
    // Finalizes every idle statement: before the connection closes.
    void clear();

private:
    sqlite3 *m_db;
    QHash<QByteArray, sqlite3_stmt *> m_idle; // nullptr: the statement is out
};

// One prepared SQLite statement; finalized when it goes out of scope, or back to its cache.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(StatementCache &cache, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    // Runs one step: true while a row is available (check done() to tell a finished statement
    // from an error).
    bool next();
    // Runs to completion; false on error.
    bool exec();
    bool failed() const { return m_failed; }

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    StatementCache *m_cache = nullptr;
    const char *m_sql = nullptr; // the cache's key, when there is a cache
    bool m_failed = false;
};

} // namespace kiosk
