#include "ui/assistcontroller.h"

#include "domain/feedbackpolicy.h"
#include "storage/assiststore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAssist, "kiosk.assist")

namespace kiosk {

AssistController::AssistController(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(DefaultMessageMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &AssistController::dismiss);
}

void AssistController::setStorage(Database *db, const QString &kioskId)
{
    m_db = db;
    m_kioskId = kioskId;
    refresh();
}

void AssistController::setMessageMs(int ms)
{
    if (ms == m_hideTimer.interval() || ms <= 0)
        return;
    m_hideTimer.setInterval(ms);
    emit messageChanged();
}

void AssistController::callStaff(const QString &reason)
{
    if (!m_db) {
        showMessage(Outcome::Failed);
        return;
    }
    const AssistRequest request{m_kioskId, reason.isEmpty() ? QStringLiteral("help") : reason,
                                m_clock().toUTC()};
    const AssistStore::CallResult result = AssistStore(*m_db).call(request, AssistRepeatWindowS);
    switch (result.outcome) {
    case AssistStore::CallResult::Created:
        qCInfo(lcAssist) << "customer called staff:" << request.reason << result.id;
        if (m_wakeSync)
            m_wakeSync();
        m_chime.play();
        refresh();
        showMessage(Outcome::Called);
        return;
    case AssistStore::CallResult::Repeated:
        qCInfo(lcAssist) << "call for staff repeated, joined" << result.id;
        showMessage(Outcome::Repeated);
        return;
    case AssistStore::CallResult::Failed:
        qCWarning(lcAssist) << "call for staff not saved:" << result.error;
        showMessage(Outcome::Failed);
        return;
    }
}

void AssistController::showMessage(Outcome outcome)
{
    m_outcome = outcome;
    m_messageVisible = true;
    m_hideTimer.start();
    emit messageChanged();
}

void AssistController::dismiss()
{
    m_hideTimer.stop();
    if (!m_messageVisible)
        return;
    m_messageVisible = false;
    emit messageChanged();
}

bool AssistController::clear(const QString &id)
{
    QString error;
    if (!m_db || !AssistStore(*m_db).clear(id, m_clock().toUTC(), &error)) {
        qCWarning(lcAssist) << "call for staff not cleared:" << error;
        refresh();
        return false;
    }
    qCInfo(lcAssist) << "staff cleared call" << id;
    refresh();
    return true;
}

void AssistController::refresh()
{
    std::optional<QList<AssistStore::OpenCall>> calls;
    if (m_db)
        calls = AssistStore(*m_db).openCalls();
    if (m_db && !calls)
        qCWarning(lcAssist) << "cannot read the open calls for staff";
    m_openCalls.setCalls(calls.value_or(QList<AssistStore::OpenCall>()));
    emit openCallsChanged();
}

} // namespace kiosk
