#pragma once

// sqlite3 used directly, for looking at a damaged kiosk.db: the result code of every step tells
// "no such row" from "this page is damaged", which Database and Statement do not expose.
// Internal to kiosk_storage (it links SQLite privately).
#include <QFile>
#include <QString>
#include <sqlite3.h>

namespace kiosk {

// A raw connection that never checkpoints on close, so looking at a damaged file never writes
// into it.
class RawDb
{
public:
    RawDb(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    int openCode() const { return m_rc; }
    QString errorText() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// One statement stepped with sqlite3 directly, so the step's own result code can tell
// "no such row" from "this page is damaged".
class RawQuery
{
public:
    RawQuery(sqlite3 *db, const char *sql) : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        m_prepared = m_rc == SQLITE_OK;
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    // Not m_rc: each step() overwrites it (SQLITE_ROW, SQLITE_DONE), and a statement stepped
    // once is still prepared for the next row's lookup.
    bool prepared() const { return m_prepared; }
    int code() const { return m_rc & 0xff; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    RawQuery &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    RawQuery &bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // SQLITE_ROW, SQLITE_DONE, or an error code.
    int step()
    {
        if (!m_stmt)
            return m_rc & 0xff;
        m_rc = sqlite3_step(m_stmt);
        return m_rc & 0xff;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    sqlite3_stmt *stmt() const { return m_stmt; }
    int columns() const { return m_stmt ? sqlite3_column_count(m_stmt) : 0; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    bool m_prepared = false;
};

// The first column of `sql`'s first row as an integer; 0 when there is none or it cannot be read.
inline qint64 readInt(sqlite3 *db, const char *sql)
{
    RawQuery q(db, sql);
    return q.step() == SQLITE_ROW ? sqlite3_column_int64(q.stmt(), 0) : 0;
}

} // namespace kiosk
