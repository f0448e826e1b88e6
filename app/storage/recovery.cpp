#include "storage/recovery.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QLoggingCategory>
#include <QtEndian>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcRecovery, "kiosk.storage.recovery")

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr int HeaderSize = 100;

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
    QString errorText() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s; }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// One row read with sqlite3 directly, so the step's own result code can tell "no such row"
// from "this page is damaged".
class Query
{
public:
    Query(sqlite3 *db, const char *sql) : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        m_prepared = m_rc == SQLITE_OK;
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    // Not m_rc: each step() overwrites it (SQLITE_ROW, SQLITE_DONE), and a statement stepped
    // once is still prepared for the next row's lookup.
    bool prepared() const { return m_prepared; }
    int code() const { return m_rc & 0xff; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    Query &bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); return *this; }
    Query &bind(int index, const QString &value)
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
    void reset() { sqlite3_reset(m_stmt); sqlite3_clear_bindings(m_stmt); }
    sqlite3_stmt *stmt() const { return m_stmt; }
    int columns() const { return m_stmt ? sqlite3_column_count(m_stmt) : 0; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    bool m_prepared = false;
};

bool isDamage(int code)
{
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// "file is not a database", quick_check's first complaint; empty when the file is sound or the
// problem is not damage (busy, permissions, a full disk: moving the file would not help).
QString findDamage(const QString &path)
{
    RawDb db(path, SQLITE_OPEN_READWRITE);
    if (!db.isOpen())
        return isDamage(db.openCode() & 0xff) ? db.errorText() : QString();
    Query check(db.handle(), "PRAGMA quick_check(20)");
    if (!check.prepared())
        return isDamage(check.code()) ? check.error() : QString();
    QStringList problems;
    int rc;
    while ((rc = check.step()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check.stmt(), 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (rc != SQLITE_DONE) {
        if (!isDamage(rc))
            qCWarning(lcRecovery) << "cannot check" << path << ":" << check.error();
        return isDamage(rc) ? check.error() : QString();
    }
    return problems.isEmpty() ? QString() : u"quick_check: "_s + problems.first();
}

QString freeName(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + u"-wal"_s); ++n)
        name = u"%1-%2"_s.arg(base).arg(n);
    return name;
}

bool moveAside(const QString &path, const QString &target, QString *error)
{
    if (!QFile::rename(path, target)) {
        *error = u"cannot move the damaged database %1 aside to %2"_s.arg(path, target);
        return false;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            *error = u"cannot move %1 aside to %2"_s.arg(path + suffix, target + suffix);
            return false;
        }
    }
    return true;
}

// A copy of a file whose first page header is destroyed, with a plausible header written back,
// so the rest of its pages can be read. Empty when no page size fits.
QString copyWithRebuiltHeader(const QString &damaged, const QString &copyPath)
{
    QFile in(damaged);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    if (bytes.size() < 512)
        return {};
    for (int pageSize : {4096, 1024, 2048, 8192, 16384, 32768, 65536, 512}) {
        if (bytes.size() % pageSize != 0)
            continue;
        QByteArray header(HeaderSize, '\0');
        char *h = header.data();
        memcpy(h, "SQLite format 3", 16);
        qToBigEndian<quint16>(pageSize == 65536 ? 1 : quint16(pageSize), h + 16);
        h[18] = 1; // rollback journal: no -wal or -shm needed to read the copy
        h[19] = 1;
        h[21] = 64;
        h[22] = 32;
        h[23] = 32;
        qToBigEndian<quint32>(1, h + 24);                          // change counter
        qToBigEndian<quint32>(quint32(bytes.size() / pageSize), h + 28); // pages
        qToBigEndian<quint32>(1, h + 40);                          // schema cookie
        qToBigEndian<quint32>(4, h + 44);                          // schema format
        qToBigEndian<quint32>(1, h + 56);                          // UTF-8
        qToBigEndian<quint32>(1, h + 92);                          // valid for change 1
        qToBigEndian<quint32>(SQLITE_VERSION_NUMBER, h + 96);
        QByteArray patched = bytes;
        patched.replace(0, HeaderSize, header);
        QFile out(copyPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(patched) != patched.size())
            return {};
        out.close();
        RawDb probe(copyPath, SQLITE_OPEN_READONLY);
        Query schema(probe.handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'outbox'");
        if (probe.isOpen() && schema.prepared() && schema.step() == SQLITE_ROW
            && sqlite3_column_int(schema.stmt(), 0) == 1)
            return copyPath;
    }
    QFile::remove(copyPath);
    return {};
}

// Column values as SQLite returned them, to be bound again unchanged.
using Row = QList<QVariant>;

Row readRow(const Query &q)
{
    Row row;
    for (int i = 0; i < q.columns(); ++i) {
        switch (sqlite3_column_type(q.stmt(), i)) {
        case SQLITE_NULL:
            row.append(QVariant());
            break;
        case SQLITE_INTEGER:
            row.append(qint64(sqlite3_column_int64(q.stmt(), i)));
            break;
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q.stmt(), i));
            row.append(QString::fromUtf8(text, sqlite3_column_bytes(q.stmt(), i)));
        }
        }
    }
    return row;
}

bool insertRow(Database &db, const QString &table, const QStringList &columns, const Row &row)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?%1"_s.arg(i + 1));
    const QByteArray sql = u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)).toUtf8();
    Statement st = db.prepare(sql.constData());
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QVariant &v = row.at(i);
        if (!v.isValid())
            st.bindNull(int(i + 1));
        else if (v.typeId() == QMetaType::LongLong)
            st.bind(int(i + 1), v.toLongLong());
        else
            st.bind(int(i + 1), v.toString());
    }
    return st.exec();
}

// The columns of `table` in the old file that the fresh schema also has (an old file may
// predate a migration).
QStringList sharedColumns(sqlite3 *old, Database &fresh, const QString &table)
{
    const QByteArray sql = u"PRAGMA table_info(%1)"_s.arg(table).toUtf8();
    QStringList have;
    Query q(old, sql.constData());
    while (q.step() == SQLITE_ROW)
        have.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt(), 1))));
    QStringList shared;
    Statement mine = fresh.prepare(sql.constData());
    while (mine.next()) {
        if (have.contains(mine.text(1)))
            shared.append(mine.text(1));
    }
    return shared;
}

qint64 readInt(sqlite3 *db, const char *sql)
{
    Query q(db, sql);
    return q.step() == SQLITE_ROW ? sqlite3_column_int64(q.stmt(), 0) : 0;
}

struct Salvage
{
    QList<Row> outbox;      // pending and failed entries, in seq order
    QList<Row> orders;
    QList<Row> lines;
    QStringList outboxColumns, orderColumns, lineColumns;
    qint64 maxSeq = 0;
    int orderSequence = 0;
    int pending = 0;
    int failed = 0;
    int unreadable = 0;
};

int parseSequence(const QString &number)
{
    const qsizetype dash = number.lastIndexOf(u'-');
    return dash < 0 ? 0 : number.mid(dash + 1).toInt();
}

void salvageFrom(sqlite3 *old, Database &fresh, Salvage *s)
{
    s->outboxColumns = sharedColumns(old, fresh, u"outbox"_s);
    s->orderColumns = sharedColumns(old, fresh, u"orders"_s);
    s->lineColumns = sharedColumns(old, fresh, u"order_lines"_s);
    if (!s->outboxColumns.contains(u"seq"_s) || !s->outboxColumns.contains(u"state"_s))
        return;
    const qsizetype stateColumn = s->outboxColumns.indexOf(u"state"_s);
    const qsizetype kindColumn = s->outboxColumns.indexOf(u"kind"_s);
    const qsizetype keyColumn = s->outboxColumns.indexOf(u"key"_s);

    s->maxSeq = std::max(readInt(old, "SELECT max(seq) FROM outbox"),
                         readInt(old, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"));
    Query entry(old, u"SELECT %1 FROM outbox WHERE seq = ?1"_s.arg(s->outboxColumns.join(u", "_s)).toUtf8().constData());
    Query order(old, u"SELECT %1 FROM orders WHERE id = ?1"_s.arg(s->orderColumns.join(u", "_s)).toUtf8().constData());
    Query lines(old, u"SELECT %1 FROM order_lines WHERE order_id = ?1 ORDER BY position"_s
                         .arg(s->lineColumns.join(u", "_s)).toUtf8().constData());
    // Row by row by key, so a damaged page loses the rows on it and nothing else.
    for (qint64 seq = 1; seq <= s->maxSeq; ++seq) {
        entry.reset();
        const int rc = entry.bind(1, seq).step();
        if (rc == SQLITE_DONE)
            continue;
        if (rc != SQLITE_ROW) {
            ++s->unreadable;
            continue;
        }
        const Row row = readRow(entry);
        const QString state = row.value(stateColumn).toString();
        if (state != u"pending"_s && state != u"failed"_s)
            continue;
        (state == u"pending"_s ? s->pending : s->failed) += 1;
        s->outbox.append(row);
        if (row.value(kindColumn).toString() != u"order"_s || !order.prepared())
            continue;
        order.reset();
        if (order.bind(1, row.value(keyColumn).toString()).step() != SQLITE_ROW)
            continue; // delivery needs only the outbox body; the local copy is lost
        Row orderRow = readRow(order);
        QList<Row> orderLines;
        lines.reset();
        lines.bind(1, row.value(keyColumn).toString());
        int lrc;
        while ((lrc = lines.step()) == SQLITE_ROW)
            orderLines.append(readRow(lines));
        if (lrc != SQLITE_DONE)
            continue; // an order is kept whole or not at all
        s->orders.append(orderRow);
        s->lines += orderLines;
    }

    // The sequence: meta, else the newest readable order's number.
    Query meta(old, "SELECT value FROM meta WHERE key = 'order_seq'");
    if (meta.step() == SQLITE_ROW) {
        s->orderSequence = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(meta.stmt(), 0))).toInt();
    } else {
        Query newest(old, "SELECT number FROM orders WHERE rowid = ?1");
        for (qint64 rowid = readInt(old, "SELECT max(rowid) FROM orders"); rowid > 0 && s->orderSequence == 0; --rowid) {
            newest.reset();
            if (newest.bind(1, rowid).step() == SQLITE_ROW)
                s->orderSequence = parseSequence(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(newest.stmt(), 0))));
        }
    }
}

bool writeSalvage(Database &fresh, const Salvage &s, QString *error)
{
    Database::Transaction tx(fresh);
    bool ok = tx.isActive();
    for (const Row &row : s.orders)
        ok = ok && insertRow(fresh, u"orders"_s, s.orderColumns, row);
    for (const Row &row : s.lines)
        ok = ok && insertRow(fresh, u"order_lines"_s, s.lineColumns, row);
    for (const Row &row : s.outbox)
        ok = ok && insertRow(fresh, u"outbox"_s, s.outboxColumns, row);
    if (ok && s.orderSequence > 0) {
        Statement seq = fresh.prepare("INSERT INTO meta(key, value) VALUES ('order_seq', ?1)");
        ok = seq.bind(1, QString::number(s.orderSequence)).exec();
    }
    // New entries continue after the old file's, so a seq never names two entries.
    if (ok && s.maxSeq > 0) {
        Statement del = fresh.prepare("DELETE FROM sqlite_sequence WHERE name = 'outbox'");
        Statement seq = fresh.prepare("INSERT INTO sqlite_sequence(name, seq) VALUES ('outbox', ?1)");
        ok = del.exec() && seq.bind(1, s.maxSeq).exec();
    }
    if (!ok || !tx.commit()) {
        *error = fresh.lastError();
        return false;
    }
    return true;
}

} // namespace

QString StorageRecovery::note() const
{
    QString text = u"The database was damaged at %1 UTC and moved to %2; "_s
                       .arg(at.toUTC().toString(u"HH:mm"_s), QFileInfo(movedTo).fileName());
    if (!salvageError.isEmpty())
        return text + u"nothing could be recovered from it (%1)"_s.arg(salvageError);
    text += u"%1 of %2 pending entries recovered"_s.arg(pendingRecovered).arg(pendingRecovered + unreadableRows);
    if (failedRecovered > 0)
        text += u", and %1 failed"_s.arg(failedRecovered);
    if (unreadableRows > 0)
        text += u"; %1 unreadable outbox rows skipped"_s.arg(unreadableRows);
    return text;
}

std::optional<StorageRecovery> recoverDamagedDatabase(const QString &path, const QDateTime &now, QString *error)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    const QString damage = findDamage(path);
    if (damage.isEmpty())
        return std::nullopt;

    StorageRecovery r;
    r.damage = damage;
    r.at = now.toUTC();
    r.movedTo = freeName(u"%1.corrupt-%2"_s.arg(path, r.at.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
    qCCritical(lcRecovery).noquote() << "the database" << path << "is damaged:" << damage;
    if (!moveAside(path, r.movedTo, error))
        return std::nullopt;

    std::unique_ptr<Database> fresh = Database::open(path, error);
    if (!fresh)
        return std::nullopt;

    Salvage s;
    QString copy;
    {
        // A read-only look at the old file; a destroyed header is rebuilt on a scratch copy.
        auto old = std::make_unique<RawDb>(r.movedTo, SQLITE_OPEN_READONLY);
        if (readInt(old->handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'outbox'") != 1) {
            old.reset();
            copy = copyWithRebuiltHeader(r.movedTo, path + u".salvage"_s);
            if (!copy.isEmpty())
                old = std::make_unique<RawDb>(copy, SQLITE_OPEN_READONLY);
        }
        if (old && old->isOpen())
            salvageFrom(old->handle(), *fresh, &s);
        else
            r.salvageError = u"no readable table of orders"_s;
    }
    if (!copy.isEmpty())
        QFile::remove(copy);
    if (s.outboxColumns.isEmpty() && r.salvageError.isEmpty())
        r.salvageError = u"its tables could not be read"_s;

    QString writeError;
    if (r.salvageError.isEmpty() && !writeSalvage(*fresh, s, &writeError)) {
        r.salvageError = u"cannot write to the fresh database: %1"_s.arg(writeError);
        s = Salvage();
    }
    r.pendingRecovered = s.pending;
    r.failedRecovered = s.failed;
    r.ordersRecovered = int(s.orders.size());
    r.unreadableRows = s.unreadable;
    r.orderSequence = s.orderSequence;
    qCCritical(lcRecovery).noquote() << r.note() << u"(%1 orders with their lines, order sequence %2)"_s
                                                        .arg(r.ordersRecovered).arg(r.orderSequence);
    return r;
}

} // namespace kiosk
