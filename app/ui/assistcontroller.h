#pragma once

#include "ui/assistcalllistmodel.h"
#include "ui/chime.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace kiosk {

class Database;

// "Call staff", on every customer screen: the call is saved and queued for POST /v1/assist
// in one transaction, a chime sounds and the customer reads "Someone is on the way". Taps
// within a minute of an open call join it instead of making another. Diagnostics lists the
// open calls and clears them (audited).
class AssistController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    // The reassuring message is on screen (it hides by itself after messageMs).
    Q_PROPERTY(bool messageVisible READ messageVisible NOTIFY messageChanged)
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY messageChanged)
    Q_PROPERTY(int messageMs READ messageMs WRITE setMessageMs NOTIFY messageChanged)
    Q_PROPERTY(kiosk::AssistCallListModel *openCalls READ openCalls CONSTANT)
    Q_PROPERTY(int openCount READ openCount NOTIFY openCallsChanged)

public:
    // Called: a new call. Repeated: joined an open call. Failed: could not be saved, the
    // customer is asked to go to the counter.
    enum class Outcome { None, Called, Repeated, Failed };
    Q_ENUM(Outcome)

    static constexpr int DefaultMessageMs = 8000;

    explicit AssistController(QObject *parent = nullptr);

    void setStorage(Database *db, const QString &kioskId);
    void setWakeSync(std::function<void()> wake) { m_wakeSync = std::move(wake); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    bool messageVisible() const { return m_messageVisible; }
    Outcome outcome() const { return m_outcome; }
    int messageMs() const { return m_hideTimer.interval(); }
    void setMessageMs(int ms);
    AssistCallListModel *openCalls() { return &m_openCalls; }
    int openCount() const { return m_openCalls.rowCount(); }

    Q_INVOKABLE void callStaff(const QString &reason = QStringLiteral("help"));
    Q_INVOKABLE void dismiss();
    // Staff cleared call `id` in diagnostics; false if it was not open or could not be saved.
    Q_INVOKABLE bool clear(const QString &id);
    Q_INVOKABLE void refresh();

signals:
    void messageChanged();
    void openCallsChanged();

private:
    void showMessage(Outcome outcome);

    Database *m_db = nullptr;
    QString m_kioskId;
    std::function<void()> m_wakeSync;
    std::function<QDateTime()> m_clock;
    bool m_messageVisible = false;
    Outcome m_outcome = Outcome::None;
    QTimer m_hideTimer;
    AssistCallListModel m_openCalls;
    Chime m_chime;
};

} // namespace kiosk
