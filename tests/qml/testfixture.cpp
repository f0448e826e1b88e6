#include "testfixture.h"

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
