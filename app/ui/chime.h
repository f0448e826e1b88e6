#pragma once

#include <QObject>
#include <memory>

class QSoundEffect;

namespace kiosk {

// The short chime that tells staff a customer called (resources/sounds/chime.wav). Without an
// audio device (a test machine, a kiosk whose speaker is unplugged) it stays silent: the call
// itself never depends on the sound.
class Chime : public QObject
{
    Q_OBJECT

public:
    explicit Chime(QObject *parent = nullptr);
    ~Chime() override;

    // Starts the chime; false when there is no audio output to play it on.
    bool play();

private:
    std::unique_ptr<QSoundEffect> m_effect; // created on the first play()
};

} // namespace kiosk
