#include "storage/database.h"

#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace kiosk {

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    return open(path, kioskSchema(), error);
}

std::unique_ptr<Database> Database::open(const QString &path, const Schema &schema, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the data directory %1").arg(info.absolutePath());
        return nullptr;
    }
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                                   nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db->lastError());
        return nullptr;
    }
    sqlite3_busy_timeout(handle, 5000);
    // WAL keeps readers (kioskctl, diagnostics) off the writer's back; FULL syncs the WAL on
    // every commit, which is what "durable before confirmed" needs.
    if (db->journalMode() != QLatin1String("wal")) {
        *error = QStringLiteral("cannot switch %1 to WAL mode: %2").arg(path, db->lastError());
        return nullptr;
    }
    if (!db->exec("PRAGMA synchronous=FULL") || !db->exec("PRAGMA foreign_keys=ON")) {
        *error = QStringLiteral("cannot configure %1: %2").arg(path, db->lastError());
        return nullptr;
    }
    if (!migrate(*db, schema, error))
        return nullptr;
    return db;
}

bool Database::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::journalMode()
{
    Statement st = prepare("PRAGMA journal_mode=WAL");
    return st.next() ? st.text(0).toLower() : QString();
}

int Database::userVersion()
{
    Statement st = prepare("PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : -1;
}

bool Database::checkpointAndRestartWal()
{
    qint64 dataVersion = -1;
    {
        Statement st = prepare("PRAGMA data_version");
        if (!st.next())
            return false;
        dataVersion = st.int64(0);
    }
    // The WAL holds at most this connection's own restart write: checkpointing that again
    // would cost two syncs on every pass of an idle kiosk.
    if (dataVersion == m_settledDataVersion)
        return true;
    qint64 walFrames = 0;
    {
        // (busy, frames in the WAL, frames copied into the database)
        Statement st = prepare("PRAGMA wal_checkpoint(PASSIVE)");
        if (!st.next())
            return false;
        if (st.int64(0) != 0 || st.int64(1) != st.int64(2))
            return true; // a reader still needs part of the WAL: the next pass copies the rest
        walFrames = st.int64(1);
    }
    if (walFrames > 0) {
        // Rewriting user_version with its own value changes nothing but still writes a page,
        // and a write is what restarts a WAL that is all copied: SQLite syncs the new header
        // here (under any synchronous setting but OFF), the sync taken off the next commit.
        Transaction tx(*this);
        const int version = userVersion();
        if (!tx.isActive() || version < 0
            || !exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData())
            || !tx.commit())
            return false;
    }
    m_settledDataVersion = dataVersion;
    return true;
}

Database::Transaction::Transaction(Database &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a busy database fails here, not mid-way.
    m_active = m_db.prepareCached("BEGIN IMMEDIATE").exec();
}

Database::Transaction::~Transaction()
{
    if (m_active)
        m_db.prepareCached("ROLLBACK").exec();
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.prepareCached("COMMIT").exec())
        return true;
    m_db.prepareCached("ROLLBACK").exec();
    return false;
}

} // namespace kiosk
