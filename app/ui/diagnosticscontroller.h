#pragma once

#include "staff/pingate.h"
#include "staff/pinhash.h"
#include "ui/healthchecklistmodel.h"
#include "ui/menudiagnostics.h"
#include "ui/orderadjustmentlistmodel.h"
#include "ui/outboxentrylistmodel.h"
#include "ui/paymentdiagnostics.h"
#include "ui/printerdiagnostics.h"
#include "ui/recenterrorlistmodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <optional>

namespace kiosk {

class Database;
class HealthMonitor;
class RecentErrorLog;
class StaffAudit;
class SyncService;

// The staff diagnostics mode behind the PIN: the lockout (PinGate), the data of every page
// and the staff actions, each of them written to the staff_audit table and logged (never the
// PIN). It works on the kiosk's database connection and audit log, is told the PIN hash and
// the device's facts by the composition root, and never decides a business rule itself.
class DiagnosticsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    // Diagnostics are on screen (PIN page or pages), from begin() until exit.
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool lockedOut READ isLockedOut NOTIFY gateChanged)
    // False while no staff PIN is set (neither `kioskctl pin-set` nor kiosk.json): locked.
    Q_PROPERTY(bool pinSet READ isPinSet NOTIFY gateChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY gateChanged)
    Q_PROPERTY(int lockSecondsLeft READ lockSecondsLeft NOTIFY gateChanged)
    // How many digits a staff PIN has (staff/pinhash.h): the PIN page's keypad follows.
    Q_PROPERTY(int pinMinLength READ pinMinLength CONSTANT)
    Q_PROPERTY(int pinMaxLength READ pinMaxLength CONSTANT)
    // Diagnostics leave by themselves after this long without a touch (2 minutes).
    Q_PROPERTY(int idleExitMs READ idleExitMs WRITE setIdleExitMs NOTIFY idleExitMsChanged)

    Q_PROPERTY(kiosk::HealthCheckListModel *health READ health CONSTANT)
    Q_PROPERTY(kiosk::HealthCheckListModel::Status healthStatus READ healthStatus NOTIFY healthChanged)
    Q_PROPERTY(kiosk::OutboxEntryListModel *outbox READ outbox CONSTANT)
    Q_PROPERTY(kiosk::RecentErrorListModel *errors READ errors CONSTANT)
    // Rewards the backend refused on orders it accepted, newest first (the Outbox page).
    Q_PROPERTY(kiosk::OrderAdjustmentListModel *adjustments READ adjustments CONSTANT)
    // Card payments: today's, the unsettled ones, paid orders staff must act on (Payments page).
    Q_PROPERTY(kiosk::PaymentDiagnostics *payments READ payments CONSTANT)
    // The receipt printer: its state, failed tickets, test print and reprint (Printer page).
    Q_PROPERTY(kiosk::PrinterDiagnostics *printer READ printer CONSTANT)
    // Every item of the menu, on sale or paused, with Pause and Resume (Menu page).
    Q_PROPERTY(kiosk::MenuDiagnostics *menu READ menu CONSTANT)

    // Numbers for QML are int (qmllint of Qt 6.4 does not know qint64); none comes near 2^31.
    Q_PROPERTY(bool networkTestRunning READ networkTestRunning NOTIFY networkTestChanged)
    Q_PROPERTY(bool networkTestDone READ networkTestDone NOTIFY networkTestChanged)
    Q_PROPERTY(int networkTestStatus READ networkTestStatus NOTIFY networkTestChanged)
    Q_PROPERTY(int networkTestLatencyMs READ networkTestLatencyMs NOTIFY networkTestChanged)
    Q_PROPERTY(QString networkTestError READ networkTestError NOTIFY networkTestChanged)
    Q_PROPERTY(QString networkTestTimeText READ networkTestTimeText NOTIFY networkTestChanged)
    Q_PROPERTY(QString backendUrl READ backendUrl NOTIFY deviceChanged)
    // False only in a lab (backend.lab_allow_insecure_tls): the Network page says so.
    Q_PROPERTY(bool backendTlsVerify READ backendTlsVerify NOTIFY deviceChanged)

    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY deviceChanged)
    Q_PROPERTY(int uptimeSeconds READ uptimeSeconds NOTIFY deviceChanged)
    Q_PROPERTY(int diskFreeMiB READ diskFreeMiB NOTIFY deviceChanged)   // -1: unknown
    Q_PROPERTY(int residentMiB READ residentMiB NOTIFY deviceChanged)   // -1: unknown
    Q_PROPERTY(QString dataDir READ dataDir NOTIFY deviceChanged)
    Q_PROPERTY(QString storageRecoveryNote READ storageRecoveryNote NOTIFY deviceChanged)
    // What the backend's menu could not turn into the kiosk's (Square's catalog objects, each
    // with why), one per line; empty when all of it was mapped.
    Q_PROPERTY(QString menuProblemsText READ menuProblemsText NOTIFY menuProblemsChanged)

public:
    enum class UnlockResult { Unlocked, WrongPin, LockedOut, NoPin };
    Q_ENUM(UnlockResult)

    static constexpr int DefaultIdleExitMs = 2 * 60 * 1000;
    static constexpr int EntryTaps = 5;
    static constexpr qint64 EntryWindowMs = 3000;

    // Device facts for the Device and Network pages.
    struct Device
    {
        QString kioskId;
        QString backendUrl;
        QString dataDir;
        bool tlsVerify = true; // sync.tls_verify
    };

    // `db` is the GUI thread's connection (the outbox pages), `audit` where staff actions go;
    // both outlive this object.
    DiagnosticsController(Database &db, StaffAudit &audit, QObject *parent = nullptr);
    ~DiagnosticsController() override;

    // The PIN hash of the config in force; failures and a lockout survive a new hash.
    void setPinHash(const QString &pinHash);
    // The staff PIN file (staff/staffpinfile.h), which wins over the config's hash; it is
    // re-read when the PIN page opens and by refreshPin().
    void setStaffPinFile(const QString &path);
    // Re-reads the staff PIN file; gateChanged when the PIN in force changed.
    void refreshPin();
    // Lockouts that began in the last 24 h (for /healthz).
    int lockoutsInLastDay() const;
    void setDevice(const Device &device);
    // Where the network test, "sync now" and retries go.
    void setSync(SyncService *sync);
    // What "reload now" does (the live config's reload).
    void setReloadAction(std::function<void()> reload) { m_reload = std::move(reload); }
    // What start-up did about a damaged database ("" when nothing happened).
    void setStorageRecoveryNote(const QString &note);

    // The kiosk's health monitor (main.cpp owns it); the Health page is empty without one.
    void setHealthMonitor(HealthMonitor *monitor);
    // Where the Errors page reads from; RecentErrorLog::installed() unless set.
    void setErrorLog(RecentErrorLog *log);
    // Tests pin time: the PIN lockout (UTC wall time by default) and the entry gesture
    // (monotonic by default) run on it.
    void setClock(PinGate::Clock clock);

    bool isActive() const { return m_active; }
    bool isUnlocked() const { return m_unlocked; }
    bool isLockedOut() const;
    bool isPinSet() const;
    int attemptsLeft() const;
    int lockSecondsLeft() const;
    static constexpr int pinMinLength() { return PinMinDigits; }
    static constexpr int pinMaxLength() { return PinMaxDigits; }
    int idleExitMs() const { return m_idleTimer.interval(); }
    void setIdleExitMs(int ms);
    HealthCheckListModel *health() { return &m_health; }
    HealthCheckListModel::Status healthStatus() const { return m_healthStatus; }
    OutboxEntryListModel *outbox() { return &m_outbox; }
    RecentErrorListModel *errors() { return &m_errors; }
    OrderAdjustmentListModel *adjustments() { return &m_adjustments; }
    PaymentDiagnostics *payments() { return &m_payments; }
    PrinterDiagnostics *printer() { return &m_printer; }
    MenuDiagnostics *menu() { return &m_menu; }
    bool networkTestRunning() const { return m_networkTestRunning; }
    bool networkTestDone() const { return m_networkTestAt.isValid(); }
    int networkTestStatus() const { return m_networkTestStatus; }
    int networkTestLatencyMs() const { return int(m_networkTestLatencyMs); }
    QString networkTestError() const { return m_networkTestError; }
    QString networkTestTimeText() const;
    QString backendUrl() const { return m_device.backendUrl; }
    bool backendTlsVerify() const { return m_device.tlsVerify; }
    QString appVersion() const;
    QString qtVersion() const;
    QString kioskId() const { return m_device.kioskId; }
    int uptimeSeconds() const;
    int diskFreeMiB() const { return int(m_diskFreeMiB); }
    int residentMiB() const { return int(m_residentMiB); }
    QString dataDir() const { return m_device.dataDir; }
    QString storageRecoveryNote() const { return m_storageRecoveryNote; }
    QString menuProblemsText() const { return m_menuProblems.join(u'\n'); }

    // A tap on the attract screen's logo; true on the fifth within three seconds, when the
    // PIN page should open (begin() has then been called).
    Q_INVOKABLE bool noteEntryTap();
    // The PIN page opens: the idle exit starts counting.
    Q_INVOKABLE void begin();
    Q_INVOKABLE kiosk::DiagnosticsController::UnlockResult unlock(const QString &pin);
    // Leaves diagnostics (the Exit button, or the PIN page's Cancel): locked again.
    Q_INVOKABLE void exit();

    // Re-reads what the pages show: outbox, recent errors, device figures.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool retry(qint64 seq);
    Q_INVOKABLE bool discard(qint64 seq);
    Q_INVOKABLE void syncNow();
    // The payment worker reads every open attempt at once ("check now" on the Payments page).
    Q_INVOKABLE void checkPaymentsNow();
    // Staff handed a paid order's number to its customer: it leaves the "never saw the number"
    // list (PaymentStore::markNumberShown), audited. False when it was not waiting.
    Q_INVOKABLE bool numberHandedOver(const QString &orderId);
    // Staff refunded, at the point of sale, a paid order the backend did not take: it leaves
    // that list and /healthz stops failing for it (PaymentStore::markRefunded), audited.
    Q_INVOKABLE bool refundedAtPointOfSale(const QString &orderId);
    Q_INVOKABLE void reloadConfig();
    Q_INVOKABLE void runNetworkTest();

signals:
    void menuProblemsChanged();
    void activeChanged();
    void unlockedChanged();
    void gateChanged();
    void idleExitMsChanged();
    void healthChanged();
    void networkTestChanged();
    void deviceChanged();
    // Diagnostics closed (by staff or the idle timer): the pages return to the attract screen.
    void exited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onNetworkTestFinished(int status, qint64 latencyMs, const QString &error);
    void updateHealth();
    void refreshOutbox();
    void refreshErrors();
    void refreshDevice();
    void leave(const QString &why);
    void setUnlocked(bool unlocked);
    // Writes the staff_audit row and the log line; `detail` never holds a PIN.
    void audit(const QString &action, const QString &detail = {});
    bool auditedOutboxChange(const QString &action, qint64 seq, const std::function<bool()> &change);
    qint64 now() const;
    void makeGate();

    Database &m_db;
    StaffAudit &m_audit;
    PinGate::Clock m_clock;
    PinGate::Clock m_gateClock;
    QString m_pinHash;
    QString m_staffPinFile;
    PinLockoutStore m_lockoutStore;
    std::unique_ptr<PinGate> m_gate;
    Device m_device;
    QString m_storageRecoveryNote;
    QStringList m_menuProblems;
    std::function<void()> m_reload;
    QPointer<SyncService> m_sync;
    QPointer<HealthMonitor> m_monitor;
    RecentErrorLog *m_errorLog = nullptr;

    bool m_active = false;
    bool m_unlocked = false;
    QList<qint64> m_entryTaps;
    QTimer m_idleTimer;
    QTimer m_lockTicker; // refreshes lockSecondsLeft while entry is locked

    HealthCheckListModel m_health;
    HealthCheckListModel::Status m_healthStatus = HealthCheckListModel::Status::Unknown;
    OutboxEntryListModel m_outbox;
    RecentErrorListModel m_errors;
    OrderAdjustmentListModel m_adjustments;
    PaymentDiagnostics m_payments;
    PrinterDiagnostics m_printer;
    MenuDiagnostics m_menu;

    bool m_networkTestRunning = false;
    int m_networkTestStatus = 0;
    qint64 m_networkTestLatencyMs = 0;
    QString m_networkTestError;
    QDateTime m_networkTestAt;

    qint64 m_diskFreeMiB = -1;
    qint64 m_residentMiB = -1;
};

} // namespace kiosk
