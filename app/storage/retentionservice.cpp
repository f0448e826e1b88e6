#include "storage/retentionservice.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcRetention, "kiosk.storage.retention")

namespace kiosk {

// Lives on the retention thread: its connection, its timers and the pass in progress.
class RetentionWorker : public QObject
{
public:
    RetentionWorker(RetentionService *service, RetentionSettings settings, QString databasePath,
                    RetentionService::Timing timing)
        : m_service(service), m_settings(settings), m_path(std::move(databasePath)), m_timing(timing)
    {
    }

    void start()
    {
        QString error;
        m_db = Database::open(m_path, &error);
        if (!m_db) {
            qCWarning(lcRetention).noquote() << "retention is off:" << error;
            emit m_service->passFailed(error);
            return;
        }
        QTimer::singleShot(m_timing.firstPassDelayMs, this, &RetentionWorker::beginPass);
        auto *interval = new QTimer(this);
        connect(interval, &QTimer::timeout, this, &RetentionWorker::beginPass);
        interval->start(m_timing.intervalMs);
    }

    void setSettings(const RetentionSettings &settings) { m_settings = settings; }

    void beginPass()
    {
        if (!m_db || m_purge)
            return;
        m_purge.emplace(*m_db, m_settings, QDateTime::currentDateTimeUtc());
        m_removed = RetentionCounts();
        m_batches = 0;
        step();
    }

private:
    void step()
    {
        const std::optional<RetentionCounts> batch = m_purge->nextBatch(m_timing.batchRows);
        if (!batch) {
            const QString error = m_purge->lastError();
            m_purge.reset();
            qCWarning(lcRetention).noquote() << "retention pass stopped, tried again at the next one:" << error;
            emit m_service->passFailed(error);
            return;
        }
        if (batch->total() > 0) {
            m_removed += *batch;
            ++m_batches;
            // Back to the event loop between batches: stop() and the GUI thread's writes get in.
            QTimer::singleShot(m_timing.pauseMs, this, [this] { step(); });
            return;
        }
        m_purge.reset();
        if (m_removed.total() > 0)
            qCInfo(lcRetention).noquote() << "retention removed" << m_removed.summary() << "in" << m_batches << "batches";
        emit m_service->passFinished(m_removed, m_batches);
    }

    RetentionService *m_service;
    RetentionSettings m_settings;
    QString m_path;
    RetentionService::Timing m_timing;
    std::unique_ptr<Database> m_db;
    std::optional<RetentionPurge> m_purge;
    RetentionCounts m_removed;
    int m_batches = 0;
};

RetentionService::RetentionService(RetentionSettings settings, QString databasePath, Timing timing, QObject *parent)
    : QObject(parent), m_settings(settings), m_databasePath(std::move(databasePath)), m_timing(timing)
{
    m_thread.setObjectName(QStringLiteral("kiosk-retention"));
}

RetentionService::~RetentionService()
{
    stop();
}

void RetentionService::start()
{
    if (m_thread.isRunning())
        return;
    m_worker = new RetentionWorker(this, m_settings, m_databasePath, m_timing);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, [worker = m_worker] { worker->start(); });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

void RetentionService::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void RetentionService::setSettings(const RetentionSettings &settings)
{
    m_settings = settings;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings] { worker->setSettings(settings); });
}

void RetentionService::runNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->beginPass(); });
}

} // namespace kiosk
