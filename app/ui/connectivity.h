#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// Whether the backend answers, as the pages see it. Ordering never depends on it: after the
// backend has been unreachable for a while the pages show a calm notice that orders are saved
// and will be sent automatically.
class Connectivity : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool offlineNotice READ offlineNotice NOTIFY offlineNoticeChanged)

public:
    static constexpr int DefaultNoticeDelayMs = 30000;

    explicit Connectivity(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    bool offlineNotice() const { return m_offlineNotice; }
    // Offline from the start counts too: the first probe may never answer.
    void startWatching();
    void setOnline(bool online);
    void setNoticeDelayMs(int ms) { m_noticeTimer.setInterval(ms); }

signals:
    void onlineChanged();
    void offlineNoticeChanged();

private:
    void setOfflineNotice(bool visible);

    bool m_online = false;
    bool m_offlineNotice = false;
    QTimer m_noticeTimer;
};

} // namespace kiosk
