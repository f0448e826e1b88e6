#pragma once

#include <QObject>
#include <QSize>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

#include "ui/kiosksession.h" // complete: moc registers the pointer type of the invokables

// What the QML tests need from the file system: the sample store and fresh data folders,
// so no test ever writes into kiosk-config/data.
class TestFixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString configDir READ configDir CONSTANT)
    // Where tools/screenshots.qml saves its PNGs ($KIOSK_SCREENSHOT_DIR); empty skips it.
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    // $KIOSK_SCREENSHOT_SIZE ("768x1366"), else the kiosk's 1080x1920.
    Q_PROPERTY(QSize screenSize READ screenSize CONSTANT)

public:
    explicit TestFixture(QObject *parent = nullptr);

    QString configDir() const;
    QString screenshotDir() const;
    QSize screenSize() const;
    // A new empty folder, removed when the runner exits.
    Q_INVOKABLE QString newDataDir();
    // Gives a loaded session's diagnostics a real, running HealthMonitor (as main.cpp does;
    // its listener on a free port), owned by the session. False when it cannot start.
    Q_INVOKABLE bool attachHealthMonitor(kiosk::KioskSession *session);
    // Marks the newest pending outbox entry of `session` failed for good with `reason`, as the
    // sync thread does on a 422; its seq, or -1 when none is pending.
    Q_INVOKABLE qint64 failNewestPendingEntry(kiosk::KioskSession *session, const QString &reason);

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dataDirs;
};
