#include "sync/paymentservice.h"

#include "storage/database.h"
#include "storage/paymentstore.h"
#include "sync/contractv1backend.h"
#include "sync/paymentworker.h"

namespace kiosk {

PaymentService::PaymentService(SyncSettings sync, PaymentSettings payment, QString databasePath,
                               BackendPortFactory portFactory, QObject *parent)
    : QObject(parent),
      m_sync(std::move(sync)),
      m_payment(std::move(payment)),
      m_databasePath(std::move(databasePath)),
      m_portFactory(portFactory ? std::move(portFactory) : ContractV1Backend::factory(m_sync))
{
    m_thread.setObjectName(QStringLiteral("kiosk-payment"));
}

PaymentService::~PaymentService()
{
    stop();
}

void PaymentService::start(Database *database)
{
    if (m_thread.isRunning())
        return;
    std::unique_ptr<Database> ownDatabase;
    if (!database) {
        QString error;
        ownDatabase = Database::open(m_databasePath, &error);
        database = ownDatabase.get();
    }
    PaymentWorker::LeftOpen leftOpen;
    if (database) {
        PaymentStore store(*database);
        for (const PaymentAttempt &attempt : store.openAttempts())
            leftOpen.attemptIds.insert(attempt.id);
        leftOpen.heldOrderIds = store.heldOrders();
    }
    m_stopping = false;
    m_recovering = true;
    auto *worker = new PaymentWorker(m_payment, m_databasePath, &m_stopping, m_portFactory, std::move(leftOpen));
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::started, worker, &PaymentWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &PaymentWorker::attemptChanged, this, &PaymentService::attemptChanged);
    connect(worker, &PaymentWorker::orderPaid, this, &PaymentService::orderPaid);
    connect(worker, &PaymentWorker::recoveryFinished, this, [this](int settled) {
        m_recovering = false;
        emit recoveryFinished(settled);
    });
    connect(worker, &PaymentWorker::storageError, this, &PaymentService::storageError);
    m_thread.start();
}

void PaymentService::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true; // a call in flight gives up at its next progress check
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void PaymentService::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PaymentWorker::wake, Qt::QueuedConnection);
}

void PaymentService::checkNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PaymentWorker::checkNow, Qt::QueuedConnection);
}

} // namespace kiosk
