// SyncWorker's menu fetches: the backend's menu, validated here, cached, and handed to the GUI
// thread; a bad one is reported once and the last good one stays.
#include "storage/database.h"
#include "sync/menucache.h"
#include "sync/syncworker.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosk {

void SyncWorker::fetchMenu()
{
    if (!m_port || stopping() || !portReady())
        return;
    const MenuOutcome outcome = m_port->fetchMenu(m_menuValidator);
    if (stopping())
        return;
    noteReach(outcome.reach);
    if (const auto *failed = std::get_if<MenuOutcome::Failed>(&outcome.result)) {
        qCInfo(lcSync).noquote() << "menu not fetched:" << failed->reason;
        return;
    }
    const auto *updated = std::get_if<MenuOutcome::Updated>(&outcome.result);
    if (!updated)
        return; // not modified
    if (updated->problems != m_menuProblems) {
        m_menuProblems = updated->problems;
        for (const QString &problem : std::as_const(m_menuProblems))
            qCWarning(lcSync).noquote() << "menu: not mapped:" << problem;
        emit menuProblemsChanged(m_menuProblems);
    }
    if (updated->document == m_menuBody) {
        m_menuValidator = updated->validator; // same menu, perhaps from a backend without validators
        return;
    }
    QString errors;
    std::optional<Menu> menu = parseBackendMenu(updated->document, m_settings, &errors);
    if (!menu) {
        // The last good menu stays; say so once per bad menu, not once per poll.
        if (updated->document != m_rejectedMenuBody) {
            m_rejectedMenuBody = updated->document;
            qCWarning(lcSync).noquote() << "backend menu rejected, keeping the last good one:\n" << errors;
            emit menuRejected(errors);
        }
        return;
    }
    if (!m_menuCache->store(updated->validator, updated->document, QDateTime::currentDateTimeUtc())) {
        qCWarning(lcSync) << "cannot cache the backend menu:" << m_db->lastError();
        emit storageError(m_db->lastError());
    }
    m_menuValidator = updated->validator;
    m_menuBody = updated->document;
    m_rejectedMenuBody.clear();
    qCInfo(lcSync).noquote() << "backend menu updated:" << menu->items().size() << "items, validator"
                             << updated->validator;
    emit menuUpdated(*menu);
}

} // namespace kiosk
