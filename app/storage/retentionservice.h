#pragma once

#include "config/retentionsettings.h"
#include "storage/retentionpurge.h"

#include <QObject>
#include <QThread>

namespace kiosk {

class RetentionWorker;

// Deletes what the retention periods let go (RetentionPurge) on a thread of its own with its
// own connection: a first pass a while after start, when the first frame is long on screen,
// then every interval. A pass is a series of small transactions with a pause between them, so
// checkout on the GUI thread never waits for more than one batch.
class RetentionService : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int firstPassDelayMs = 2 * 60 * 1000;
        int intervalMs = 3600 * 1000;
        int batchRows = 500;
        int pauseMs = 50; // between batches: the GUI thread's writes get the lock
    };

    RetentionService(RetentionSettings settings, QString databasePath, Timing timing, QObject *parent = nullptr);
    RetentionService(RetentionSettings settings, QString databasePath, QObject *parent = nullptr)
        : RetentionService(std::move(settings), std::move(databasePath), Timing(), parent)
    {
    }
    ~RetentionService() override;

    void start();
    // Joins the thread; a batch in flight finishes (one short transaction) first.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // A config reload: the next pass uses these periods.
    void setSettings(const RetentionSettings &settings);
    // A pass now (unless one is running), besides the timer's.
    void runNow();

signals:
    // Emitted on the retention thread; connections to this thread's objects are queued.
    void passFinished(const kiosk::RetentionCounts &removed, int batches);
    void passFailed(const QString &error);

private:
    RetentionSettings m_settings;
    QString m_databasePath;
    Timing m_timing;
    QThread m_thread;
    RetentionWorker *m_worker = nullptr;
};

} // namespace kiosk
