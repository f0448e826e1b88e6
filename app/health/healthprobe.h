#pragma once

#include "health/clocksync.h"
#include "health/healthinputs.h"

#include <QObject>
#include <QString>

struct sqlite3;
class QTimer;

namespace kiosk {

// Reads what the checks need from the disk, on the probe thread so a slow disk or a long
// integrity check never delays the screen: the outbox through its own read-only SQLite
// connection (the kiosk's writer is never blocked, nothing is created or migrated), PRAGMA
// quick_check at start and then every integrity interval, the data directory's free space and
// the process's resident memory. Start-up itself only checks the header (storage/recovery): the
// full check at start is this one, and damage it finds is remembered for the next start to
// rebuild the file.
class HealthProbe : public QObject
{
    Q_OBJECT

public:
    HealthProbe(QString databasePath, int sampleIntervalMs, int integrityIntervalMs,
                QObject *parent = nullptr);
    ~HealthProbe() override;

    // Synchronous, on the probe's own thread (or in a test without one).
    ProbeSample sample(const QDateTime &now);
    // A full quick_check, or quick_check(1) which stops at the first problem.
    void checkIntegrity(bool full);
    // The first full check at start(): at once (0, the default), or when runFirstCheck() is
    // called and at the latest `ms` after start(). Call before start().
    void setFirstCheckDelay(int ms) { m_firstCheckDelayMs = ms; }
    // How each sample reads the clock's synchronisation: adjtimex unless a test says otherwise.
    // Call before start().
    void setClockReader(ClockSyncReader reader) { m_clockReader = std::move(reader); }

    static qint64 residentBytes();    // /proc/self/statm; -1 when unreadable

public slots:
    // On the probe thread: a full integrity check and a first sample, then the timers.
    void start();
    void sampleNow(); // samples and emits sampled()
    // The full check at start, if it has not run yet (the kiosk: after its first frame, so a
    // large file's check does not compete with building it).
    void runFirstCheck();

signals:
    void sampled(const kiosk::ProbeSample &sample);

private:
    bool open();
    void close();
    void readOutbox(ProbeSample *sample);
    void readPayments(PaymentSample *sample);
    // An error from SQLite that means the file itself is damaged fails the integrity check
    // at once, without waiting for the next quick_check.
    void noteError(const QString &what);

    QString m_path;
    int m_sampleIntervalMs;
    int m_integrityIntervalMs;
    int m_firstCheckDelayMs = 0;
    bool m_firstCheckDone = false;
    sqlite3 *m_db = nullptr;
    QTimer *m_sampleTimer = nullptr;
    QTimer *m_integrityTimer = nullptr;
    ProbeSample::Integrity m_integrity = ProbeSample::Integrity::Unknown;
    QString m_integrityDetail;
    QDateTime m_integrityAt;
    ClockSyncReader m_clockReader = readSystemClockSync;
    bool m_recheck = false; // the file could not be opened: check it once it can
};

} // namespace kiosk
