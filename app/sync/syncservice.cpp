#include "sync/syncservice.h"

#include "storage/database.h"
#include "sync/contractv1backend.h"
#include "sync/menucache.h"
#include "sync/syncworker.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosk {

SyncService::SyncService(SyncSettings settings, QString databasePath, BackendPortFactory portFactory,
                         QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_databasePath(std::move(databasePath)),
      m_portFactory(portFactory ? std::move(portFactory) : ContractV1Backend::factory(m_settings))
{
    m_thread.setObjectName(QStringLiteral("kiosk-sync"));
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::loadCachedMenu(Database *database)
{
    // The kiosk passes its GUI thread's connection; a test without one gets a short-lived one.
    std::unique_ptr<Database> ownDatabase;
    if (!database) {
        QString error;
        ownDatabase = Database::open(m_databasePath, &error);
        database = ownDatabase.get();
    }
    m_cachedMenuRead = true;
    if (!database)
        return;
    if (const auto cached = MenuCache(*database).load()) {
        QString errors;
        m_cachedMenu = parseBackendMenu(cached->body, m_settings, &errors);
        if (!m_cachedMenu)
            qCWarning(lcSync).noquote() << "cached backend menu no longer valid:\n" << errors;
    }
}

void SyncService::start(Database *database)
{
    if (m_thread.isRunning())
        return;
    if (!m_cachedMenuRead)
        loadCachedMenu(database);
    m_cachedMenuRead = false; // a start after a stop reads it again

    m_stopping = false;
    auto *worker = new SyncWorker(m_settings, m_databasePath, &m_stopping, m_portFactory, m_random);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);

    // Worker -> GUI thread: queued, since the worker lives on the sync thread.
    connect(worker, &SyncWorker::onlineChanged, this, [this](bool online) {
        m_online = online;
        emit onlineChanged(online);
    });
    connect(worker, &SyncWorker::healthChecked, this, [this](bool online, qint64 latencyMs, const QString &reason) {
        m_latencyMs = latencyMs;
        emit healthChecked(online, latencyMs, reason);
    });
    connect(worker, &SyncWorker::outboxChanged, this, [this](int pending, int failed, qint64 ageS) {
        m_pending = pending;
        m_failed = failed;
        m_oldestPendingAgeS = ageS;
        emit outboxChanged(pending, failed, ageS);
    });
    connect(worker, &SyncWorker::orderDelivered, this, &SyncService::orderDelivered);
    connect(worker, &SyncWorker::orderAdjusted, this, &SyncService::orderAdjusted);
    connect(worker, &SyncWorker::deliveryFailed, this, &SyncService::deliveryFailed);
    connect(worker, &SyncWorker::menuUpdated, this, &SyncService::menuUpdated);
    connect(worker, &SyncWorker::menuRejected, this, &SyncService::menuRejected);
    connect(worker, &SyncWorker::menuProblemsChanged, this, &SyncService::menuProblemsChanged);
    connect(worker, &SyncWorker::storageError, this, &SyncService::storageError);
    connect(worker, &SyncWorker::networkTestFinished, this, &SyncService::networkTestFinished);
    connect(worker, &SyncWorker::memberLookedUp, this, &SyncService::memberLookedUp);
    connect(worker, &SyncWorker::memberEnrolled, this, &SyncService::memberEnrolled);
    connect(worker, &SyncWorker::enrolmentDelivered, this, &SyncService::enrolmentDelivered);
    connect(worker, &SyncWorker::promotionLookedUp, this, &SyncService::promotionLookedUp);
    m_thread.start();
}

void SyncService::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true; // a request in flight gives up at its next progress check
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncService::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::wake, Qt::QueuedConnection);
}

void SyncService::retryFailed(qint64 seq)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, seq] { worker->retryFailed(seq); },
                                  Qt::QueuedConnection);
}

void SyncService::runNetworkTest()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::runNetworkTest, Qt::QueuedConnection);
    else
        emit networkTestFinished(0, 0, QStringLiteral("sync is not running"));
}

void SyncService::lookupMember(quint64 requestId, LoyaltyLookupKind kind, const QString &identifier)
{
    if (!m_worker) {
        // Still an answer, and still later, like every other.
        LoyaltyLookupResult result;
        result.requestId = requestId;
        result.error = QStringLiteral("sync is not running");
        QMetaObject::invokeMethod(this, [this, result] { emit memberLookedUp(result); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, requestId, kind, identifier] { worker->lookupMember(requestId, kind, identifier); },
        Qt::QueuedConnection);
}

void SyncService::enrolMember(quint64 requestId, const LoyaltyEnrolment &enrolment, const LoyaltyMember &member,
                              int cacheTtlHours)
{
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this, [this, requestId] { emit memberEnrolled(requestId, false, QStringLiteral("sync is not running")); },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, requestId, enrolment, member, cacheTtlHours] {
            worker->enrolMember(requestId, enrolment, member, cacheTtlHours);
        },
        Qt::QueuedConnection);
}

void SyncService::lookupPromotion(quint64 requestId, const QString &code)
{
    if (!m_worker) {
        PromotionLookupResult result;
        result.requestId = requestId;
        result.error = QStringLiteral("sync is not running");
        QMetaObject::invokeMethod(this, [this, result] { emit promotionLookedUp(result); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, requestId, code] { worker->lookupPromotion(requestId, code); },
        Qt::QueuedConnection);
}

} // namespace kiosk
