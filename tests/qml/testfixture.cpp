#include "testfixture.h"

#include "health/healthmonitor.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "ui/kiosksession.h"

TestFixture::TestFixture(QObject *parent) : QObject(parent) {}

QString TestFixture::configDir() const
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
}

QString TestFixture::screenshotDir() const
{
    return qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
}

QSize TestFixture::screenSize() const
{
    const QStringList parts = qEnvironmentVariable("KIOSK_SCREENSHOT_SIZE").split(u'x');
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        return {parts[0].toInt(), parts[1].toInt()};
    return {1080, 1920};
}

QString TestFixture::newDataDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return {};
    const QString path = dir->path();
    m_dataDirs.push_back(std::move(dir));
    return path;
}

bool TestFixture::attachHealthMonitor(kiosk::KioskSession *session)
{
    if (!session || !session->isReady())
        return false;
    kiosk::ConfigErrors errors;
    std::optional<kiosk::HealthSettings> settings = kiosk::loadHealthSettings(session->config().kiosk, &errors);
    if (!settings)
        return false;
    settings->listenPort = 0; // tests run side by side
    auto *monitor = new kiosk::HealthMonitor(*settings, session->databasePath(), session);
    QString error;
    if (!monitor->start(&error)) {
        qWarning("health listener: %s", qPrintable(error));
        return false;
    }
    session->diagnostics()->setHealthMonitor(monitor);
    return true;
}

qint64 TestFixture::failNewestPendingEntry(kiosk::KioskSession *session, const QString &reason)
{
    QString error;
    const std::unique_ptr<kiosk::Database> db = kiosk::Database::open(session->databasePath(), &error);
    if (!db)
        return -1;
    kiosk::Outbox outbox(*db);
    const QList<kiosk::OutboxEntry> pending = outbox.list(kiosk::OutboxEntry::State::Pending, 1);
    if (pending.isEmpty() || !outbox.markFailed(pending.first().seq, reason, {}))
        return -1;
    return pending.first().seq;
}
