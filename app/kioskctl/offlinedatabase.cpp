#include "kioskctl/offlinedatabase.h"

#include "kioskctl/context.h"
#include "storage/feedbackstore.h"
#include "storage/migrations.h"
#include "storage/statement.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Opens an existing file only (never SQLITE_OPEN_CREATE).
sqlite3 *openExisting(const QString &path, int flags, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = u"no database at %1"_s.arg(path);
        return nullptr;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = u"cannot open %1: %2"_s.arg(path, errorOf(db));
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

// 0 for a file that is not a kiosk database (yet); -1 when unreadable.
int userVersion(sqlite3 *db)
{
    Statement st(db, "PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : -1;
}

QDateTime parseTime(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromString(st.text(column), Qt::ISODateWithMs);
}

OutboxEntry::State parseState(const QString &code)
{
    if (code == u"delivered"_s)
        return OutboxEntry::State::Delivered;
    if (code == u"failed"_s)
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

} // namespace

std::unique_ptr<OfflineDatabase> OfflineDatabase::openReadOnly(const QString &path, QString *error)
{
    sqlite3 *handle = openExisting(path, SQLITE_OPEN_READONLY, error);
    if (!handle)
        return nullptr;
    std::unique_ptr<OfflineDatabase> db(new OfflineDatabase(handle));
    sqlite3_busy_timeout(handle, 1000);
    const int version = userVersion(handle);
    if (version < 0) {
        *error = u"cannot read %1: %2"_s.arg(path, errorOf(handle));
        return nullptr;
    }
    if (version == 0) {
        *error = u"%1 is not a kiosk database (schema version 0)"_s.arg(path);
        return nullptr;
    }
    return db;
}

std::unique_ptr<OfflineDatabase> OfflineDatabase::openForReading(Context &context)
{
    const std::optional<QString> path = context.databasePath();
    if (!path)
        return nullptr;
    // What a kiosk wrote is there whether or not it runs, and a reader never blocks its writer.
    context.io().err << u"kioskctl: reading %1 read-only\n"_s.arg(*path);
    QString error;
    std::unique_ptr<OfflineDatabase> db = openReadOnly(*path, &error);
    if (!db)
        context.io().err << u"kioskctl: %1\n"_s.arg(error);
    return db;
}

OfflineDatabase::~OfflineDatabase()
{
    sqlite3_close_v2(m_db);
}

bool OfflineDatabase::fail(const QString &what)
{
    m_error = u"%1: %2"_s.arg(what, errorOf(m_db));
    return false;
}

std::optional<Outbox::Counts> OfflineDatabase::counts()
{
    Statement st(m_db, "SELECT state, count(*) FROM outbox GROUP BY state");
    Outbox::Counts counts;
    while (st.next()) {
        const int n = int(st.int64(1));
        switch (parseState(st.text(0))) {
        case OutboxEntry::State::Pending:
            counts.pending += n;
            break;
        case OutboxEntry::State::Delivered:
            counts.delivered += n;
            break;
        case OutboxEntry::State::Failed:
            counts.failed += n;
            break;
        }
    }
    if (st.failed()) {
        fail(u"reading the outbox"_s);
        return std::nullopt;
    }
    return counts;
}

std::optional<QDateTime> OfflineDatabase::oldestPendingCreatedAt()
{
    m_error.clear();
    // Entries are created in seq order, so the first pending one is the oldest.
    Statement st(m_db, "SELECT created_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1");
    if (st.next())
        return parseTime(st, 0);
    if (st.failed())
        fail(u"reading the outbox"_s);
    return std::nullopt;
}

std::optional<QString> OfflineDatabase::quickCheck()
{
    Statement st(m_db, "PRAGMA quick_check");
    QStringList problems;
    while (st.next()) {
        if (problems.size() < 3)
            problems.append(st.text(0));
    }
    if (st.failed()) {
        fail(u"quick_check"_s);
        return std::nullopt;
    }
    return problems.join(u"; "_s);
}

std::optional<QList<OutboxEntry>> OfflineDatabase::list(OutboxFilter filter, int limit)
{
    // Outbox::list()'s query without the body and response columns.
    Statement st(m_db,
                 "SELECT outbox.seq, outbox.kind, outbox.key, outbox.state, outbox.attempts, "
                 "outbox.next_attempt_at, outbox.last_error, outbox.created_at, orders.number "
                 "FROM outbox LEFT JOIN orders ON outbox.kind = 'order' AND orders.id = outbox.key "
                 "WHERE ?1 IS NULL OR outbox.state = ?1 ORDER BY outbox.seq DESC LIMIT ?2");
    if (const auto state = outboxFilterState(filter))
        st.bind(1, Outbox::stateCode(*state));
    else
        st.bindNull(1);
    st.bind(2, qint64(limit));
    QList<OutboxEntry> entries;
    while (st.next()) {
        OutboxEntry e;
        e.seq = st.int64(0);
        e.kind = st.text(1);
        e.key = st.text(2);
        e.state = parseState(st.text(3));
        e.attempts = int(st.int64(4));
        e.nextAttemptAt = parseTime(st, 5);
        e.lastError = st.text(6);
        e.createdAt = parseTime(st, 7);
        e.orderNumber = st.text(8);
        entries.append(e);
    }
    if (st.failed()) {
        fail(u"reading the outbox"_s);
        return std::nullopt;
    }
    return entries;
}

OfflineDatabase::RetryResult OfflineDatabase::retryFailed(const QString &path, qint64 seq)
{
    RetryResult result;
    sqlite3 *db = openExisting(path, SQLITE_OPEN_READWRITE, &result.error);
    if (!db)
        return result;
    const auto closeDb = qScopeGuard([db] { sqlite3_close_v2(db); });
    auto failWith = [&](RetryResult::Outcome outcome, const QString &what) {
        result.outcome = outcome;
        result.error = what.isEmpty() ? QString() : u"%1: %2"_s.arg(what, errorOf(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return result;
    };
    sqlite3_busy_timeout(db, 500);
    // Exclusive locking mode before the first read: in WAL mode SQLite then needs an exclusive
    // lock on the file itself, which it cannot get while any other connection is open.
    if (sqlite3_exec(db, "PRAGMA locking_mode=EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failWith(RetryResult::Error, u"cannot lock %1"_s.arg(path));
    const int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return failWith(RetryResult::InUse, {});
    if (rc != SQLITE_OK)
        return failWith(RetryResult::Error, u"cannot lock %1"_s.arg(path));

    // Schema 3 brought staff_audit, which the retry's row goes to: an older file is brought up
    // to date by starting the kiosk once.
    const int version = userVersion(db);
    if (version < AuditedSchema || version > kioskSchema().version()) {
        result.outcome = RetryResult::Error;
        result.error = u"%1 has schema version %2; this kioskctl writes only versions %3 to %4 "
                       u"(start the kiosk once to bring an older one up to date)"_s.arg(path)
                           .arg(version).arg(AuditedSchema).arg(kioskSchema().version());
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return result;
    }
    // The statement Outbox::retry() runs: entries staff discarded stay put.
    Statement update(db, "UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
                         "WHERE seq = ?1 AND state = 'failed' AND discarded_at IS NULL");
    if (!update.bind(1, seq).exec())
        return failWith(RetryResult::Error, u"cannot update the outbox"_s);
    if (sqlite3_changes(db) == 0) {
        Statement exists(db, "SELECT 1 FROM outbox WHERE seq = ?1");
        exists.bind(1, seq);
        const bool found = exists.next();
        if (exists.failed())
            return failWith(RetryResult::Error, u"reading the outbox"_s);
        return failWith(found ? RetryResult::NotFailed : RetryResult::NotFound, {});
    }
    // The audit row in the same transaction: the retry is on record, or it did not happen.
    Statement audit(db, "INSERT INTO staff_audit(at, action, detail) VALUES (?1, ?2, ?3)");
    audit.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, u"kioskctl_outbox_retry"_s)
        .bind(3, u"seq %1, offline, by uid %2"_s.arg(seq).arg(::getuid()));
    if (!audit.exec())
        return failWith(RetryResult::Error, u"cannot write the staff audit"_s);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failWith(RetryResult::Error, u"cannot commit"_s);
    result.outcome = RetryResult::Retried;
    return result;
}

std::optional<QList<FeedbackAnswer>> OfflineDatabase::feedbackSince(const QDateTime &since)
{
    Statement st(m_db, FeedbackStore::AnswersSinceSql);
    st.bind(1, since.toUTC().toString(Qt::ISODateWithMs));
    QList<FeedbackAnswer> answers;
    while (st.next())
        answers.append(FeedbackStore::readAnswer(st));
    if (st.failed() || !st.isValid()) {
        fail(u"reading the feedback"_s);
        return std::nullopt;
    }
    return answers;
}

std::optional<int> OfflineDatabase::openStaffCalls()
{
    Statement st(m_db, "SELECT count(*) FROM assist_requests WHERE cleared_at IS NULL");
    if (!st.next()) {
        fail(u"reading the calls for staff"_s);
        return std::nullopt;
    }
    return int(st.int64(0));
}

} // namespace kiosk::ctl
