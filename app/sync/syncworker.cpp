#include "sync/syncworker.h"

#include "domain/logmask.h"
#include "storage/database.h"
#include "storage/loyaltycache.h"
#include "storage/orderadjustments.h"
#include "storage/paymentstore.h"
#include "sync/menucache.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "kiosk.sync")

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

SyncWorker::SyncWorker(SyncSettings settings, QString databasePath, const std::atomic_bool *stopping,
                       BackendPortFactory portFactory, Backoff::RandomSource random)
    : m_settings(std::move(settings)),
      m_databasePath(std::move(databasePath)),
      m_stopping(stopping),
      m_portFactory(std::move(portFactory)),
      m_backoff(Backoff::Millis(m_settings.backoffBaseMs), Backoff::Millis(m_settings.backoffCapMs),
                std::move(random)),
      m_pollTimer(new QTimer(this)),
      m_dueTimer(new QTimer(this)),
      m_healthTimer(new QTimer(this)),
      m_menuTimer(new QTimer(this)),
      m_cachePurgeTimer(new QTimer(this)),
      m_reportTimer(new QTimer(this))
{
    m_dueTimer->setSingleShot(true);
    m_reportTimer->setSingleShot(true);
    connect(m_reportTimer, &QTimer::timeout, this, &SyncWorker::reportOutbox);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        reportOutbox();
        checkpoint();
        scheduleNext();
    });
    connect(m_dueTimer, &QTimer::timeout, this, &SyncWorker::scheduleNext);
    connect(m_healthTimer, &QTimer::timeout, this, &SyncWorker::checkHealth);
    connect(m_menuTimer, &QTimer::timeout, this, &SyncWorker::fetchMenu);
    connect(m_cachePurgeTimer, &QTimer::timeout, this, &SyncWorker::purgeLoyaltyCache);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    QString error;
    m_db = Database::open(m_databasePath, &error);
    if (!m_db) {
        qCCritical(lcSync) << "sync stopped: cannot open the database:" << error;
        emit storageError(error);
        return;
    }
    // This connection's commits (delivery outcomes) skip the WAL fsync, so it holds the write
    // lock for microseconds and checkout's BEGIN IMMEDIATE on the GUI thread hardly ever
    // waits for it. Nothing durable is at stake: an outcome lost to a power cut means one
    // more idempotent request, and checkout's next FULL commit syncs these frames anyway.
    m_db->exec("PRAGMA synchronous=NORMAL");
    m_outbox = std::make_unique<Outbox>(*m_db);
    m_menuCache = std::make_unique<MenuCache>(*m_db);
    m_port = m_portFactory(m_stopping);
    Q_ASSERT(m_port);
    m_loyaltyCache = std::make_unique<LoyaltyCache>(*m_db, LoyaltyCache::keyFileFor(m_databasePath));
    if (!m_loyaltyCache->open())
        qCWarning(lcSync).noquote() << "offline member lookups off:" << m_loyaltyCache->lastError();
    purgeLoyaltyCache(); // expired members go at start, then hourly
    m_cachePurgeTimer->start(LoyaltyCachePurgeIntervalMs);

    // Ask the backend only for a menu newer than a cached one that is still valid here.
    if (const auto cached = m_menuCache->load()) {
        QString errors;
        if (parseBackendMenu(cached->body, m_settings, &errors)) {
            m_menuValidator = cached->etag;
            m_menuBody = cached->body;
        }
    }

    qCInfo(lcSync) << "sync started";
    reportOutbox();
    m_pollTimer->start(m_settings.pollIntervalMs);
    m_healthTimer->start(m_settings.healthIntervalMs);
    checkHealth();
    if (m_settings.menuPollIntervalMs > 0) {
        m_menuTimer->start(m_settings.menuPollIntervalMs);
        fetchMenu();
    }
    scheduleNext();
}

void SyncWorker::wake()
{
    if (!m_outbox)
        return;
    reportOutbox();
    scheduleNext();
}

void SyncWorker::retryFailed(qint64 seq)
{
    if (!m_outbox)
        return;
    if (m_outbox->retry(seq))
        qCInfo(lcSync) << "outbox entry" << seq << "queued again by hand";
    reportOutbox();
    scheduleNext();
}

void SyncWorker::runNetworkTest()
{
    if (!m_port) {
        emit networkTestFinished(0, 0, u"sync is not running"_s);
        return;
    }
    QString why;
    if (!portReady(&why)) {
        emit networkTestFinished(0, 0, why);
        return;
    }
    const HealthOutcome outcome = m_port->probeHealth();
    if (stopping())
        return;
    const auto *down = std::get_if<HealthOutcome::Down>(&outcome.result);
    const QString error = down ? down->reason : QString();
    qCInfo(lcSync) << "network test:" << outcome.httpStatus << outcome.elapsedMs << "ms" << error;
    emit networkTestFinished(outcome.httpStatus, outcome.elapsedMs, error);
}

void SyncWorker::scheduleNext()
{
    if (!m_outbox || m_deliveryQueued || stopping())
        return;
    const std::optional<QDateTime> due = m_outbox->nextDueAt();
    if (!due) {
        m_dueTimer->stop();
        if (m_reportTimer->isActive())
            reportOutbox(); // the outbox is empty: say so now, not at the end of the interval
        return;
    }
    const qint64 waitMs = now().msecsTo(*due);
    if (waitMs <= 0) {
        m_dueTimer->stop();
        // One delivery per pass through the event loop, so health checks, timers and a stop
        // request get their turn between deliveries.
        m_deliveryQueued = true;
        QMetaObject::invokeMethod(this, &SyncWorker::deliverNext, Qt::QueuedConnection);
    } else {
        m_dueTimer->start(int(std::min<qint64>(waitMs + 1, m_settings.pollIntervalMs)));
    }
}

void SyncWorker::deliverNext()
{
    m_deliveryQueued = false;
    if (!m_outbox || stopping())
        return;
    if (!portReady()) {
        m_dueTimer->start(m_settings.pollIntervalMs);
        return;
    }
    // The oldest due head first: kinds are ordered by their oldest pending entry, and a kind
    // whose head is backing off is skipped whole, so its other entries wait in order.
    const QDateTime at = now();
    for (const QString &kind : m_outbox->pendingKinds()) {
        if (const std::optional<OutboxEntry> entry = m_outbox->nextDue(kind, at)) {
            deliver(*entry);
            break;
        }
    }
    scheduleNext();
}

QString SyncWorker::describe(const OutboxEntry &entry)
{
    // Order numbers and keys only: bodies carry what the customer bought.
    if (!entry.orderNumber.isEmpty())
        return u"order %1"_s.arg(entry.orderNumber);
    // An enrolment's key is the member's id: masked, like every loyalty log line.
    if (entry.kind == loyaltyEnrolmentKind())
        return u"%1 %2"_s.arg(entry.kind, maskIdentifier(entry.key));
    return u"%1 %2"_s.arg(entry.kind, entry.key);
}

bool SyncWorker::isHeldOrderKind(const QString &kind)
{
    return kind == u"order_release"_s || kind == u"order_cancel"_s || kind == u"order_paid"_s;
}

bool SyncWorker::heldOrderReady(const OutboxEntry &entry)
{
    if (!isHeldOrderKind(entry.kind))
        return true;
    // The outbox keeps order within a kind, not across kinds: a held order's release or cancel
    // waits here until the order itself is on the backend.
    switch (PaymentStore(*m_db).heldOrderDelivery(PaymentStore::orderIdOfOutboxKey(entry.key))) {
    case PaymentStore::HeldOrderDelivery::Delivered:
        return true;
    case PaymentStore::HeldOrderDelivery::Queued:
        m_outbox->scheduleRetry(entry.seq, u"waiting for the order itself to reach the backend"_s,
                                now().addMSecs(m_settings.pollIntervalMs));
        return false;
    case PaymentStore::HeldOrderDelivery::Refused:
        // The backend never took the order: there is nothing to release or cancel.
        m_outbox->markDelivered(entry.seq, "the backend refused the order itself", std::nullopt, now());
        return false;
    }
    return false;
}

void SyncWorker::deliver(const OutboxEntry &entry)
{
    if (!heldOrderReady(entry) || !memberEnrolmentReady(entry)) {
        reportOutboxSoon();
        return;
    }
    // The port gets the order's id for a held order's release, cancel or paid notice (the path
    // names it), and the receipt of the order's own delivery.
    Delivery delivery{entry.kind, entry.key, entry.body};
    if (isHeldOrderKind(entry.kind)) {
        delivery.key = PaymentStore::orderIdOfOutboxKey(entry.key);
        delivery.orderReceipt = PaymentStore(*m_db).heldOrderReceipt(delivery.key);
    }
    const DeliveryOutcome outcome = m_port->deliver(delivery);
    if (stopping())
        return; // abandoned: the entry stays pending and goes again with the same key
    noteReach(outcome.reach);

    const QDateTime at = now();
    bool stored = false;
    if (const auto *delivered = std::get_if<DeliveryOutcome::Delivered>(&outcome.result)) {
        stored = recordDelivered(entry, *delivered, at);
        if (stored) {
            qCInfo(lcSync).noquote() << u"%1 delivered: HTTP %2 in %3 ms"_s.arg(
                                            describe(entry), QString::number(outcome.httpStatus),
                                            QString::number(outcome.elapsedMs));
            for (const OrderAdjustment &adjustment : delivered->adjustments)
                qCWarning(lcSync).noquote() << u"%1 adjusted by the backend: %2 %3: %4 (%5 cents)"_s.arg(
                                                   describe(entry), adjustment.kind, adjustment.subject,
                                                   adjustment.reason, QString::number(adjustment.amount));
            if (entry.kind == u"order"_s)
                emit orderDelivered(entry.key, delivered->pointsEarned.value_or(0));
            if (entry.kind == loyaltyEnrolmentKind())
                enrolmentAccepted(entry, delivered->receipt);
            if (!delivered->adjustments.isEmpty())
                emit orderAdjusted(entry.key, int(delivered->adjustments.size()));
        }
    } else if (const auto *rejected = std::get_if<DeliveryOutcome::Rejected>(&outcome.result)) {
        stored = m_outbox->markFailed(entry.seq, rejected->reason, rejected->answer);
        if (stored) {
            qCWarning(lcSync).noquote() << u"%1 rejected for good: %2"_s.arg(describe(entry), rejected->reason);
            emit deliveryFailed(entry.key, rejected->reason);
            if (entry.kind == loyaltyEnrolmentKind())
                enrolmentRefused(entry);
            // Released or cancelled too late: a card payment completed first, so the order is
            // paid, and its customer may not have seen the number. Staff see it at once.
            if (entry.kind == u"order"_s && PaymentStore(*m_db).orderState(entry.key) == OrderPaymentState::Paid)
                PaymentStore(*m_db).recordNotTaken(entry.key, u"the backend refused the order: "_s + rejected->reason, at);
            if (rejected->code == u"order_already_paid"_s && entry.kind != u"order"_s) {
                qCCritical(lcSync).noquote() << describe(entry) << "was paid by card after all";
                PaymentStore(*m_db).recordPaidElsewhere(PaymentStore::orderIdOfOutboxKey(entry.key), at);
            }
        }
    } else if (const auto *retry = std::get_if<DeliveryOutcome::RetryLater>(&outcome.result)) {
        // A failure to reach the backend is marked, so that it goes again once the backend is back.
        const QString reason = outcome.reach == Reach::Unreachable ? Outbox::networkErrorPrefix() + retry->reason
                                                                   : retry->reason;
        const Backoff::Millis delay = m_backoff.delay(entry.attempts, retry->retryAfter);
        stored = m_outbox->scheduleRetry(entry.seq, reason, at.addMSecs(delay.count()));
        qCInfo(lcSync).noquote() << u"%1: attempt %2 failed (%3), next in %4 ms"_s.arg(
                                        describe(entry), QString::number(entry.attempts + 1), reason,
                                        QString::number(delay.count()));
    }
    if (!stored) {
        const QString error = m_outbox->lastError();
        qCCritical(lcSync).noquote() << u"cannot record the outcome for %1: %2"_s.arg(describe(entry), error);
        emit storageError(error);
        // Nothing recorded, so the entry is still due: wait a poll before trying again.
        m_deliveryQueued = true;
        QTimer::singleShot(m_settings.pollIntervalMs, this, &SyncWorker::deliverNext);
    }
    reportOutboxSoon();
}

bool SyncWorker::recordDelivered(const OutboxEntry &entry, const DeliveryOutcome::Delivered &delivered,
                                 const QDateTime &at)
{
    if (delivered.adjustments.isEmpty())
        return m_outbox->markDelivered(entry.seq, delivered.receipt, delivered.pointsEarned, at);
    // Delivered and adjusted together, or neither: staff must never miss what was refused.
    Database::Transaction tx(*m_db);
    QList<OrderAdjustments::Row> rows;
    for (const OrderAdjustment &adjustment : delivered.adjustments)
        rows.append({entry.key, entry.orderNumber, adjustment.kind, adjustment.subject, {}, adjustment.reason, at, 0});
    return tx.isActive() && m_outbox->markDelivered(entry.seq, delivered.receipt, delivered.pointsEarned, at)
        && OrderAdjustments(*m_db).record(rows) && tx.commit();
}

void SyncWorker::checkHealth()
{
    if (!m_port || stopping() || !portReady())
        return;
    const HealthOutcome outcome = m_port->probeHealth();
    if (stopping())
        return;
    const bool pass = outcome.isUp();
    const bool wasOnline = m_online == 1;
    setOnline(pass);
    const auto *down = std::get_if<HealthOutcome::Down>(&outcome.result);
    emit healthChecked(pass, outcome.elapsedMs, down ? down->reason : QString());
    if (pass && !wasOnline && m_outbox) {
        // Back online: entries that failed on the network go now, not at the end of a backoff.
        if (m_outbox->expediteNetworkRetries(now()) > 0)
            scheduleNext();
    }
}

void SyncWorker::checkpoint()
{
    // Copies the WAL back into the database here, so the WAL stays short and the automatic
    // checkpoint (run by whichever connection commits past 1000 pages) does not land on a
    // checkout on the GUI thread, and restarts the WAL here too, so that the checkout after
    // it syncs the disk once, not twice (Database::checkpointAndRestartWal).
    if (m_db && !m_db->checkpointAndRestartWal())
        qCWarning(lcSync).noquote() << "WAL checkpoint failed, tried again at the next poll:" << m_db->lastError();
}

void SyncWorker::reportOutboxSoon()
{
    // Counting the outbox reads every pending entry, and each report wakes the GUI thread:
    // once per delivery, that cost more than the delivery itself on a long queue.
    if (!m_sinceReport.isValid() || m_sinceReport.elapsed() >= OutboxReportIntervalMs)
        reportOutbox();
    else if (!m_reportTimer->isActive())
        m_reportTimer->start(int(OutboxReportIntervalMs - m_sinceReport.elapsed()));
}

void SyncWorker::reportOutbox()
{
    if (!m_outbox)
        return;
    m_reportTimer->stop();
    m_sinceReport.start();
    const Outbox::Counts counts = m_outbox->counts();
    const qint64 age = m_outbox->oldestPendingAgeS(now());
    if (counts.pending == m_reported.pending && counts.failed == m_reported.failed
        && age == m_reported.oldestAgeS)
        return;
    m_reported = {counts.pending, counts.failed, age};
    emit outboxChanged(counts.pending, counts.failed, age);
}

void SyncWorker::noteReach(Reach reach)
{
    // Any answer means the backend is reachable; only the health probe says it is well.
    if (reach == Reach::Unreachable)
        setOnline(false);
    else if (reach == Reach::Reached && m_online != 1)
        setOnline(true);
}

void SyncWorker::setOnline(bool online)
{
    if (m_online == int(online))
        return;
    m_online = int(online);
    qCInfo(lcSync) << "backend" << (online ? "online" : "offline");
    emit onlineChanged(online);
}

bool SyncWorker::portReady(QString *why)
{
    QString reason;
    if (m_port->ready(&reason))
        return true;
    // Nothing can go out (no token, say): the backend is as good as unreachable.
    setOnline(false);
    if (why)
        *why = reason;
    return false;
}

} // namespace kiosk
