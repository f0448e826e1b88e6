#include "storage/statement.h"

#include <sqlite3.h>
#include <utility>

namespace kiosk {

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_failed = true;
    }
}

Statement::Statement(StatementCache &cache, const char *sql)
    : m_stmt(cache.take(sql)), m_cache(&cache), m_sql(sql), m_failed(m_stmt == nullptr)
{
}

Statement::~Statement()
{
    if (m_cache && m_stmt)
        m_cache->give(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

sqlite3_stmt *StatementCache::take(const char *sql)
{
    // Keys stay once added (nullptr while the statement is out): no allocation once warm.
    const auto it = m_idle.find(QByteArray::fromRawData(sql, qsizetype(qstrlen(sql))));
    if (it != m_idle.end() && it.value())
        return std::exchange(it.value(), nullptr);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return stmt;
}

void StatementCache::give(const char *sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const auto it = m_idle.find(QByteArray::fromRawData(sql, qsizetype(qstrlen(sql))));
    if (it == m_idle.end())
        m_idle.insert(QByteArray(sql), stmt); // a copy: the caller's text may not outlive the cache
    else if (!it.value())
        it.value() = stmt;
    else
        sqlite3_finalize(stmt);
}

void StatementCache::clear()
{
    for (sqlite3_stmt *stmt : std::as_const(m_idle))
        sqlite3_finalize(stmt);
    m_idle.clear();
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt && sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt && sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_failed = true;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_failed = true;
    return *this;
}

bool Statement::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool Statement::exec()
{
    while (next()) {
    }
    return !m_failed;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace kiosk
