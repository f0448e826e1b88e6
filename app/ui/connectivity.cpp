#include "ui/connectivity.h"

#include "ui/assign.h"

namespace kiosk {

Connectivity::Connectivity(QObject *parent) : QObject(parent)
{
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(DefaultNoticeDelayMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] { setOfflineNotice(true); });
}

void Connectivity::startWatching()
{
    if (!m_online)
        m_noticeTimer.start();
}

void Connectivity::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_noticeTimer.stop();
        setOfflineNotice(false);
    } else {
        m_noticeTimer.start();
    }
    emit onlineChanged();
}

void Connectivity::setOfflineNotice(bool visible)
{
    if (assignIfChanged(m_offlineNotice, visible))
        emit offlineNoticeChanged();
}

} // namespace kiosk
