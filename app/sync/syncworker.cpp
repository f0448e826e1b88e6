#include "sync/syncworker.h"

#include "storage/database.h"
#include "storage/loyaltycache.h"
#include "sync/deliverypolicy.h"
#include "sync/menucache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

HttpClient::Options clientOptions(const SyncSettings &s)
{
    HttpClient::Options o;
    o.baseUrl = s.baseUrl;
    o.connectTimeoutMs = s.connectTimeoutMs;
    o.totalTimeoutMs = s.totalTimeoutMs;
    o.lowSpeedLimitBytes = s.lowSpeedLimitBytes;
    o.lowSpeedTimeS = s.lowSpeedTimeS;
    o.tlsVerify = s.tlsVerify;
    return o;
}

// A member lookup is interactive: a customer waits for it, so it gives up early and the
// offline cache answers instead.
HttpClient::Options lookupClientOptions(const SyncSettings &s)
{
    HttpClient::Options o = clientOptions(s);
    o.totalTimeoutMs = s.loyaltyLookupTimeoutMs;
    o.connectTimeoutMs = std::min(s.connectTimeoutMs, s.loyaltyLookupTimeoutMs);
    o.lowSpeedTimeS = std::max(1, s.loyaltyLookupTimeoutMs / 1000);
    return o;
}

} // namespace

SyncWorker::SyncWorker(SyncSettings settings, QString databasePath, const std::atomic_bool *stopping,
                       Backoff::RandomSource random)
    : m_settings(std::move(settings)),
      m_databasePath(std::move(databasePath)),
      m_stopping(stopping),
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
    m_http = std::make_unique<HttpClient>(clientOptions(m_settings));
    m_http->setAbortFlag(m_stopping);
    m_lookupHttp = std::make_unique<HttpClient>(lookupClientOptions(m_settings));
    m_lookupHttp->setAbortFlag(m_stopping);
    m_loyaltyCache = std::make_unique<LoyaltyCache>(*m_db);
    if (!m_loyaltyCache->open())
        qCWarning(lcSync).noquote() << "offline member lookups off:" << m_loyaltyCache->lastError();
    purgeLoyaltyCache(); // expired members go at start, then hourly
    m_cachePurgeTimer->start(LoyaltyCachePurgeIntervalMs);

    // Ask the backend only for a menu newer than a cached one that is still valid here.
    if (const auto cached = m_menuCache->load()) {
        QString errors;
        if (parseBackendMenu(cached->body, m_settings, &errors)) {
            m_menuEtag = cached->etag;
            m_menuBody = cached->body;
        }
    }

    qCInfo(lcSync) << "sync started against" << m_settings.baseUrl.constData();
    if (!m_settings.tlsVerify)
        qCWarning(lcSync) << "TLS certificate verification is OFF (sync.tls_verify: false): lab use only";
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
    if (!m_http) {
        emit networkTestFinished(0, 0, u"sync is not running"_s);
        return;
    }
    if (!refreshToken()) {
        emit networkTestFinished(0, 0, u"no usable backend token"_s);
        return;
    }
    const HttpResult result = m_http->get("/v1/health");
    if (stopping())
        return;
    QString error;
    if (result.isNetworkError())
        error = errorKindName(result.error) + u": "_s + result.errorMessage;
    else if (result.status != 200)
        error = u"HTTP %1"_s.arg(result.status);
    qCInfo(lcSync) << "network test:" << result.status << result.elapsedMs << "ms" << error;
    emit networkTestFinished(result.status, result.elapsedMs, error);
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
    if (!refreshToken()) {
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
    return u"%1 %2"_s.arg(entry.kind, entry.key);
}

void SyncWorker::deliver(const OutboxEntry &entry)
{
    const QByteArray path = endpointFor(entry.kind);
    if (path.isEmpty()) {
        const QString reason = u"no backend endpoint for kind \"%1\""_s.arg(entry.kind);
        m_outbox->markFailed(entry.seq, reason, {});
        qCWarning(lcSync).noquote() << u"%1 failed: %2"_s.arg(describe(entry), reason);
        emit deliveryFailed(entry.key, reason);
        reportOutboxSoon();
        return;
    }
    const HttpResult result = m_http->post(path, entry.body, {{"Idempotency-Key", entry.key.toUtf8()}});
    if (stopping())
        return; // abandoned: the entry stays pending and goes again with the same key
    noteReachability(result);

    const QDateTime at = now();
    const DeliveryDecision decision = decideDelivery(entry.kind, entry.key, result, at);
    bool stored = false;
    switch (decision.outcome) {
    case DeliveryDecision::Outcome::Delivered:
        stored = m_outbox->markDelivered(entry.seq, result.body, decision.pointsEarned, at);
        if (stored) {
            qCInfo(lcSync).noquote() << u"%1 delivered: HTTP %2 in %3 ms"_s.arg(
                                            describe(entry), QString::number(result.status),
                                            QString::number(result.elapsedMs));
            if (entry.kind == u"order"_s)
                emit orderDelivered(entry.key, decision.pointsEarned.value_or(0));
        }
        break;
    case DeliveryDecision::Outcome::Failed:
        stored = m_outbox->markFailed(entry.seq, decision.reason, result.body);
        if (stored) {
            qCWarning(lcSync).noquote() << u"%1 rejected for good: %2"_s.arg(describe(entry), decision.reason);
            emit deliveryFailed(entry.key, decision.reason);
        }
        break;
    case DeliveryDecision::Outcome::Retry: {
        const Backoff::Millis delay = m_backoff.delay(entry.attempts, decision.retryAfter);
        stored = m_outbox->scheduleRetry(entry.seq, decision.reason, at.addMSecs(delay.count()));
        qCInfo(lcSync).noquote() << u"%1: attempt %2 failed (%3), next in %4 ms"_s.arg(
                                        describe(entry), QString::number(entry.attempts + 1),
                                        decision.reason, QString::number(delay.count()));
        break;
    }
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

void SyncWorker::checkHealth()
{
    if (!m_http || stopping() || !refreshToken())
        return;
    const HttpResult result = m_http->get("/v1/health");
    if (stopping())
        return;
    const bool pass = result.status == 200
        && QJsonDocument::fromJson(result.body).object().value(u"status"_s).toString() == u"pass"_s;
    const bool wasOnline = m_online == 1;
    setOnline(pass);
    emit healthChecked(pass, result.elapsedMs);
    if (pass && !wasOnline && m_outbox) {
        // Back online: entries that failed on the network go now, not at the end of a backoff.
        if (m_outbox->expediteNetworkRetries(now()) > 0)
            scheduleNext();
    }
}

void SyncWorker::fetchMenu()
{
    if (!m_http || stopping() || !refreshToken())
        return;
    HttpHeaders headers;
    if (!m_menuEtag.isEmpty())
        headers.append({"If-None-Match", m_menuEtag.toUtf8()});
    const HttpResult result = m_http->get("/v1/menu", headers);
    if (stopping())
        return;
    noteReachability(result);
    if (result.status == 304)
        return;
    if (result.status != 200) {
        qCInfo(lcSync).noquote() << "menu not fetched:"
                                 << (result.isNetworkError() ? result.errorMessage : u"HTTP %1"_s.arg(result.status));
        return;
    }
    const QString etag = QString::fromUtf8(result.header("etag"));
    if (result.body == m_menuBody) {
        m_menuEtag = etag; // same menu, perhaps from a server without ETags
        return;
    }
    QString errors;
    std::optional<Menu> menu = parseBackendMenu(result.body, m_settings, &errors);
    if (!menu) {
        // The last good menu stays; say so once per bad menu, not once per poll.
        if (result.body != m_rejectedMenuBody) {
            m_rejectedMenuBody = result.body;
            qCWarning(lcSync).noquote() << "backend menu rejected, keeping the last good one:\n" << errors;
            emit menuRejected(errors);
        }
        return;
    }
    if (!m_menuCache->store(etag, result.body, now())) {
        qCWarning(lcSync) << "cannot cache the backend menu:" << m_db->lastError();
        emit storageError(m_db->lastError());
    }
    m_menuEtag = etag;
    m_menuBody = result.body;
    m_rejectedMenuBody.clear();
    qCInfo(lcSync).noquote() << "backend menu updated:" << menu->items().size() << "items, ETag" << etag;
    emit menuUpdated(*menu);
}

void SyncWorker::checkpoint()
{
    // Copies the WAL back into the database here, so the WAL stays short and the automatic
    // checkpoint (run by whichever connection commits past 1000 pages) does not land on a
    // checkout on the GUI thread. PASSIVE: it never waits for, nor blocks, a writer.
    if (m_db)
        m_db->exec("PRAGMA wal_checkpoint(PASSIVE)");
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

void SyncWorker::noteReachability(const HttpResult &result)
{
    // Any HTTP answer means the backend is reachable; only the health probe says it is well.
    if (result.isNetworkError())
        setOnline(false);
    else if (m_online != 1 && result.status >= 200 && result.status < 500)
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

bool SyncWorker::refreshToken()
{
    const QFileInfo info(m_settings.tokenFile);
    if (m_hasToken && info.exists() && info.lastModified() == m_tokenModified && info.size() == m_tokenSize)
        return true;
    QFile file(m_settings.tokenFile);
    QByteArray token;
    if (!m_settings.tokenFile.isEmpty() && file.open(QIODevice::ReadOnly))
        token = file.readLine(4096).trimmed(); // the first line; a trailing newline is not part of it
    // Visible ASCII only: anything else would be refused, or could smuggle in a header.
    const bool printable = std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (token.isEmpty() || !printable) {
        // Without a token every request would be refused, and a refusal is final for an order.
        m_hasToken = false;
        if (!m_warnedNoToken) {
            qCWarning(lcSync).noquote() << (token.isEmpty() ? "no backend token in" : "unusable backend token in")
                                        << m_settings.tokenFile << "- not sending";
        }
        m_warnedNoToken = true;
        setOnline(false);
        return false;
    }
    m_hasToken = true;
    m_warnedNoToken = false;
    m_tokenModified = info.lastModified();
    m_tokenSize = info.size();
    m_http->setDefaultHeaders({{"Authorization", "Bearer " + token},
                               {"X-Kiosk-Id", m_settings.kioskId.toUtf8()},
                               {"Accept", "application/json"}});
    if (m_lookupHttp)
        m_lookupHttp->setDefaultHeaders(m_http->defaultHeaders());
    return true;
}

} // namespace kiosk
