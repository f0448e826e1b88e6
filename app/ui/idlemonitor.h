#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// Watches for a customer who walked away. While `active` (an order is open), any touch, click
// or key restarts the idle timer; when it runs out `warning` turns on and `secondsLeft` counts
// down; stillHere() ends the warning, and if the countdown reaches zero expired() fires.
class IdleMonitor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs WRITE setIdleTimeoutMs NOTIFY timingChanged)
    Q_PROPERTY(int warningMs READ warningMs WRITE setWarningMs NOTIFY timingChanged)
    // Doubles the idle timeout (accessibility mode: moving by keypad and listening take longer).
    Q_PROPERTY(bool extendedTime READ extendedTime WRITE setExtendedTime NOTIFY timingChanged)
    // The timeout in force: idleTimeoutMs, doubled while extendedTime is on.
    Q_PROPERTY(int effectiveTimeoutMs READ effectiveTimeoutMs NOTIFY timingChanged)

public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    bool isWarning() const { return m_warning; }
    int secondsLeft() const;
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    void setIdleTimeoutMs(int ms);
    bool extendedTime() const { return m_extendedTime; }
    void setExtendedTime(bool extended);
    int effectiveTimeoutMs() const { return m_idleTimer.interval(); }
    int warningMs() const { return m_warningMs; }
    void setWarningMs(int ms);

    // Any customer input: restarts the idle timer (ignored while the warning shows, where
    // only an explicit answer counts).
    Q_INVOKABLE void poke();
    Q_INVOKABLE void stillHere();

signals:
    void activeChanged();
    void warningChanged();
    void secondsLeftChanged();
    void timingChanged();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startWarning();
    void tick();
    void setWarning(bool warning);
    void applyTimeout();

    bool m_active = false;
    bool m_warning = false;
    int m_warningMs = 30000;
    int m_idleTimeoutMs = 60000;
    bool m_extendedTime = false;
    int m_lastSecondsLeft = 0;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_warningClock;
};

} // namespace kiosk
