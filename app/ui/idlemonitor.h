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

public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    bool isWarning() const { return m_warning; }
    int secondsLeft() const;
    int idleTimeoutMs() const { return m_idleTimer.interval(); }
    void setIdleTimeoutMs(int ms);
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

    bool m_active = false;
    bool m_warning = false;
    int m_warningMs = 30000;
    int m_lastSecondsLeft = 0;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_warningClock;
};

} // namespace kiosk
