#include "ui/chime.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>

Q_LOGGING_CATEGORY(lcChime, "kiosk.chime")

namespace kiosk {

Chime::Chime(QObject *parent) : QObject(parent) {}

Chime::~Chime() = default;

bool Chime::play()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        qCInfo(lcChime) << "no audio output: the call goes out without a chime";
        return false;
    }
    if (!m_effect) {
        m_effect = std::make_unique<QSoundEffect>(device);
        m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/chime.wav")));
        m_effect->setVolume(0.8f);
    }
    m_effect->play();
    return true;
}

} // namespace kiosk
