#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// Where spoken feedback goes. The kiosk speaks through TextToSpeechOutput; tests install a
// recorder, so they check what a customer would hear without a speech engine.
class SpeechOutput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("An interface: the kiosk or a test provides the implementation")

public:
    using QObject::QObject;

    // Queues `text` after whatever is being said, in `language` ("en", "es").
    virtual void say(const QString &text, const QString &language) = 0;
    // Stops speaking and forgets the queue.
    virtual void stop() = 0;
    // 0.0 (silent) to 1.0 (loudest).
    virtual void setVolume(double volume) = 0;
};

} // namespace kiosk
