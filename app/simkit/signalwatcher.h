#pragma once

#include <QObject>

class QSocketNotifier;

namespace kiosk::simkit {

// Turns SIGTERM and SIGINT into a Qt signal, through a self-pipe: a signal handler may only
// write a byte, the event loop does the rest. One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    static void onSignal(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kiosk::simkit
