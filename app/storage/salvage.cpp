#include "storage/salvage.h"

#include "storage/database.h"
#include "storage/rawsqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

using Row = Salvage::Row;

constexpr int HeaderSize = 100;
// Beyond this a claimed outbox seq is not believed: AUTOINCREMENT would soon run out.
constexpr qint64 MaxTrustedSeq = qint64(1) << 53;
// The newest order's number is looked for among this many rowids below the largest one.
constexpr qint64 MaxNewestOrderProbes = 4096;
// The smallest a table b-tree cell can be (header, rowid, payload), so a file of N bytes holds
// fewer than N / 4 rows; damaged stretches are walked seq by seq, so allow some more.
constexpr qint64 MinCellBytes = 4;
constexpr qint64 ExtraSteps = 100000;

qint64 stepBudget(qint64 fileSize)
{
    return std::max<qint64>(fileSize, 0) / MinCellBytes + ExtraSteps;
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
        RawQuery schema(probe.handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'outbox'");
        if (probe.isOpen() && schema.prepared() && schema.step() == SQLITE_ROW
            && sqlite3_column_int(schema.stmt(), 0) == 1)
            return copyPath;
    }
    QFile::remove(copyPath);
    return {};
}

Row readRow(const RawQuery &q)
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
    RawQuery q(old, sql.constData());
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

int parseSequence(const QString &number)
{
    const qsizetype dash = number.lastIndexOf(u'-');
    return dash < 0 ? 0 : number.mid(dash + 1).toInt();
}

void salvageFrom(sqlite3 *old, qint64 fileSize, Database &fresh, Salvage *s)
{
    s->outboxColumns = sharedColumns(old, fresh, u"outbox"_s);
    s->orderColumns = sharedColumns(old, fresh, u"orders"_s);
    s->lineColumns = sharedColumns(old, fresh, u"order_lines"_s);
    if (!s->outboxColumns.contains(u"seq"_s) || !s->outboxColumns.contains(u"state"_s))
        return;
    const qsizetype stateColumn = s->outboxColumns.indexOf(u"state"_s);
    const qsizetype kindColumn = s->outboxColumns.indexOf(u"kind"_s);
    const qsizetype keyColumn = s->outboxColumns.indexOf(u"key"_s);

    // What the file claims only ever shortens the walk below (and the next seq can never be
    // pushed to where AUTOINCREMENT runs out).
    const qint64 claimedMax = std::min(std::max(readInt(old, "SELECT max(seq) FROM outbox"),
                                                readInt(old, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")),
                                       MaxTrustedSeq);
    RawQuery next(old, "SELECT seq FROM outbox WHERE seq > ?1 ORDER BY seq LIMIT 1");
    RawQuery entry(old, u"SELECT %1 FROM outbox WHERE seq = ?1"_s.arg(s->outboxColumns.join(u", "_s)).toUtf8().constData());
    RawQuery order(old, u"SELECT %1 FROM orders WHERE id = ?1"_s.arg(s->orderColumns.join(u", "_s)).toUtf8().constData());
    RawQuery lines(old, u"SELECT %1 FROM order_lines WHERE order_id = ?1 ORDER BY position"_s
                         .arg(s->lineColumns.join(u", "_s)).toUtf8().constData());
    // Row by row by key, so a damaged page loses the rows on it and nothing else. Each step
    // seeks the next row that is there; where a damaged page stops the seek, the seqs after
    // the last good one are tried one by one until the seek gets past it. The number of steps
    // is bounded by the file's size as the filesystem reports it, never by a number read from
    // the damaged file.
    const qint64 budget = stepBudget(fileSize);
    qint64 seq = 0;
    for (qint64 step = 0; step < budget; ++step) {
        next.reset();
        const int seek = next.bind(1, seq).step();
        if (seek == SQLITE_DONE)
            break;
        if (seek == SQLITE_ROW) {
            seq = sqlite3_column_int64(next.stmt(), 0);
        } else {
            if (claimedMax > 0 && seq >= claimedMax)
                break;
            ++seq;
        }
        s->maxSeq = std::max(s->maxSeq, seq);
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

    s->maxSeq = std::max(s->maxSeq, claimedMax);

    // The sequence: meta, else the newest readable order's number.
    RawQuery meta(old, "SELECT value FROM meta WHERE key = 'order_seq'");
    if (meta.step() == SQLITE_ROW) {
        s->orderSequence = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(meta.stmt(), 0))).toInt();
    } else {
        RawQuery newest(old, "SELECT number FROM orders WHERE rowid = ?1");
        const qint64 newestRowid = readInt(old, "SELECT max(rowid) FROM orders");
        for (qint64 rowid = newestRowid; rowid > std::max<qint64>(0, newestRowid - MaxNewestOrderProbes)
                                         && s->orderSequence == 0; --rowid) {
            newest.reset();
            if (newest.bind(1, rowid).step() == SQLITE_ROW)
                s->orderSequence = parseSequence(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(newest.stmt(), 0))));
        }
    }
}

} // namespace

Salvage salvageDamagedFile(const QString &damagedPath, const QString &scratchPath, Database &fresh)
{
    Salvage s;
    QString copy;
    {
        // A read-only look at the old file; a destroyed header is rebuilt on a scratch copy.
        auto old = std::make_unique<RawDb>(damagedPath, SQLITE_OPEN_READONLY);
        if (readInt(old->handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'outbox'") != 1) {
            old.reset();
            copy = copyWithRebuiltHeader(damagedPath, scratchPath);
            if (!copy.isEmpty())
                old = std::make_unique<RawDb>(copy, SQLITE_OPEN_READONLY);
        }
        if (old && old->isOpen())
            salvageFrom(old->handle(), QFileInfo(damagedPath).size(), fresh, &s);
        else
            s.error = u"no readable table of orders"_s;
    }
    if (!copy.isEmpty())
        QFile::remove(copy);
    if (s.outboxColumns.isEmpty() && s.error.isEmpty())
        s.error = u"its tables could not be read"_s;
    return s;
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

} // namespace kiosk
