#include "health/healthprobe.h"

#include "domain/payment.h"
#include "storage/recovery.h"
#include "storage/statement.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTimer>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk {

HealthProbe::HealthProbe(QString databasePath, int sampleIntervalMs, int integrityIntervalMs,
                         QObject *parent)
    : QObject(parent),
      m_path(std::move(databasePath)),
      m_sampleIntervalMs(sampleIntervalMs),
      m_integrityIntervalMs(integrityIntervalMs)
{
}

HealthProbe::~HealthProbe()
{
    close();
}

void HealthProbe::start()
{
    if (m_firstCheckDelayMs <= 0)
        runFirstCheck();
    else
        QTimer::singleShot(m_firstCheckDelayMs, this, &HealthProbe::runFirstCheck);
    sampleNow();
    m_sampleTimer = new QTimer(this);
    connect(m_sampleTimer, &QTimer::timeout, this, &HealthProbe::sampleNow);
    m_sampleTimer->start(m_sampleIntervalMs);
    if (m_integrityIntervalMs > 0) {
        m_integrityTimer = new QTimer(this);
        connect(m_integrityTimer, &QTimer::timeout, this, [this] { checkIntegrity(false); });
        m_integrityTimer->start(m_integrityIntervalMs);
    }
}

void HealthProbe::sampleNow()
{
    emit sampled(sample(QDateTime::currentDateTimeUtc()));
}

void HealthProbe::runFirstCheck()
{
    if (m_firstCheckDone)
        return;
    m_firstCheckDone = true;
    checkIntegrity(true);
    if (m_firstCheckDelayMs > 0)
        sampleNow(); // the report shows the outcome now, not at the next sample
}

bool HealthProbe::open()
{
    if (m_db)
        return true;
    // Read-only and never created: the kiosk owns the file; a missing one is a failure.
    const int rc = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        m_integrity = ProbeSample::Integrity::Failed;
        m_integrityDetail = u"cannot open %1: %2"_s.arg(QFileInfo(m_path).fileName(), error);
        m_integrityAt = QDateTime::currentDateTimeUtc();
        m_recheck = true;
        return false;
    }
    sqlite3_busy_timeout(m_db, 1000);
    if (m_recheck) {
        // The file is back: its integrity is known again only after a check.
        m_recheck = false;
        checkIntegrity(false);
    }
    return m_db != nullptr;
}

void HealthProbe::close()
{
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void HealthProbe::noteError(const QString &what)
{
    const int code = sqlite3_errcode(m_db);
    const QString message = u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_CANTOPEN) {
        m_integrity = ProbeSample::Integrity::Failed;
        m_integrityDetail = message;
        m_integrityAt = QDateTime::currentDateTimeUtc();
    }
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        rememberDamage(m_path, message); // the next start rebuilds the file (storage/recovery)
    // A fresh connection next time, in case the file was replaced.
    close();
}

void HealthProbe::checkIntegrity(bool full)
{
    // A fresh connection reads the pages from the file: this one's page cache would otherwise
    // keep showing the pages as they were before the disk damaged them (SQLite keeps a
    // connection's cache while the WAL index is unchanged).
    close();
    if (!open())
        return;
    // quick_check skips only the index-versus-table cross checks of integrity_check, so it
    // stays proportional to the file's size; the kiosk's database is a few megabytes.
    Statement st(m_db, full ? "PRAGMA quick_check" : "PRAGMA quick_check(1)");
    QStringList problems;
    bool ok = false;
    while (st.next()) {
        const QString row = st.text(0);
        if (row == u"ok"_s)
            ok = true;
        else if (problems.size() < 3)
            problems.append(row);
    }
    if (st.failed()) {
        // Fails the check for a damaged file; busy or out of memory is tried again next time.
        noteError(u"quick_check"_s);
        return;
    }
    m_integrityAt = QDateTime::currentDateTimeUtc();
    if (ok && problems.isEmpty()) {
        m_integrity = ProbeSample::Integrity::Ok;
        m_integrityDetail = u"ok"_s;
    } else {
        m_integrity = ProbeSample::Integrity::Failed;
        m_integrityDetail = u"quick_check: "_s + problems.join(u"; "_s);
        rememberDamage(m_path, m_integrityDetail);
    }
}

void HealthProbe::readOutbox(ProbeSample *s)
{
    if (!open()) {
        s->outboxError = m_integrityDetail;
        return;
    }
    // Covered by the outbox_kind_pending index: no request bodies are read.
    Statement counts(m_db, "SELECT kind, state, count(*) FROM outbox GROUP BY kind, state");
    QMap<QString, int> pendingByKind;
    int pending = 0, ordersPending = 0, ordersDelivered = 0, ordersFailed = 0;
    while (counts.next()) {
        const QString kind = counts.text(0);
        const QString state = counts.text(1);
        const int n = int(counts.int64(2));
        pendingByKind.insert(kind, pendingByKind.value(kind));
        if (state == u"pending"_s) {
            pendingByKind[kind] += n;
            pending += n;
        }
        if (kind == u"order"_s) {
            if (state == u"pending"_s)
                ordersPending += n;
            else if (state == u"delivered"_s)
                ordersDelivered += n;
            else if (state == u"failed"_s)
                ordersFailed += n;
        }
    }
    if (counts.failed()) {
        s->outboxError = QString::fromUtf8(sqlite3_errmsg(m_db));
        noteError(u"reading the outbox"_s);
        return;
    }
    // Entries are created in seq order, so the first pending one is the oldest.
    Statement oldest(m_db, "SELECT created_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1");
    if (oldest.next())
        s->oldestPendingCreatedAt = QDateTime::fromString(oldest.text(0), Qt::ISODateWithMs);
    if (oldest.failed()) {
        s->outboxError = QString::fromUtf8(sqlite3_errmsg(m_db));
        noteError(u"reading the outbox"_s);
        return;
    }
    pendingByKind.insert(u"order"_s, pendingByKind.value(u"order"_s)); // always a series for orders
    s->outboxRead = true;
    s->pendingByKind = pendingByKind;
    s->pending = pending;
    s->ordersPending = ordersPending;
    s->ordersDelivered = ordersDelivered;
    s->ordersFailed = ordersFailed;
}

void HealthProbe::readPayments(PaymentSample *s)
{
    if (!m_db)
        return; // readOutbox could not open the file and said why
    // A few hundred rows a day, trimmed by retention with their orders: a scan is microseconds.
    // A failure (a database older than schema 7 in a test, a busy file) leaves `read` false and
    // the payments metrics without samples; the outbox read has already judged the file itself.
    Statement counts(m_db, "SELECT status, count(*), min(created_at) FROM payment_attempts GROUP BY status");
    PaymentSample sample;
    while (counts.next()) {
        const std::optional<PaymentStatus> status = paymentStatusFromCode(counts.text(0));
        const int n = int(counts.int64(1));
        if (status && isFinal(*status)) {
            sample.finalByStatus.insert(counts.text(0), n);
            continue;
        }
        sample.open += n;
        const QDateTime created = QDateTime::fromString(counts.text(2), Qt::ISODateWithMs);
        if (created.isValid() && (!sample.oldestOpenCreatedAt.isValid() || created < sample.oldestOpenCreatedAt))
            sample.oldestOpenCreatedAt = created;
    }
    if (counts.failed() || !counts.isValid())
        return;
    Statement notTaken(m_db, "SELECT count(*) FROM orders WHERE payment_state IS NOT NULL"
                             " AND payment_problem IS NOT NULL");
    if (!notTaken.next())
        return;
    sample.notTaken = int(notTaken.int64(0));
    sample.read = true;
    *s = sample;
}

qint64 HealthProbe::residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields.at(1).toLongLong(&ok) : 0;
    return ok ? pages * sysconf(_SC_PAGESIZE) : -1;
}

ProbeSample HealthProbe::sample(const QDateTime &now)
{
    ProbeSample s;
    s.at = now;
    readOutbox(&s);
    readPayments(&s.payments);
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    if (storage.isValid() && storage.isReady())
        s.diskFreeBytes = storage.bytesAvailable();
    s.rssBytes = residentBytes();
    s.clock = m_clockReader();
    s.integrity = m_integrity;
    s.integrityDetail = m_integrityDetail;
    s.integrityAt = m_integrityAt;
    return s;
}

} // namespace kiosk
