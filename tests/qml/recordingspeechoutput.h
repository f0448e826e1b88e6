#pragma once

#include "ui/speechoutput.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The test double of the speech engine: it records what a customer would hear, in order,
// with the language of each utterance. Tests install it with
// `session.accessibility.speech = recorder` and assert on `utterances`.
class RecordingSpeechOutput : public kiosk::SpeechOutput
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList utterances READ utterances NOTIFY spoken)
    Q_PROPERTY(QStringList languages READ languages NOTIFY spoken)
    // The last utterance, "" before any.
    Q_PROPERTY(QString last READ last NOTIFY spoken)
    // How often speech was interrupted (stop()).
    Q_PROPERTY(int stops READ stops NOTIFY stopped)
    Q_PROPERTY(double volume READ volume NOTIFY volumeChanged)

public:
    using SpeechOutput::SpeechOutput;

    void say(const QString &text, const QString &language) override;
    void stop() override;
    void setVolume(double volume) override;

    QStringList utterances() const { return m_utterances; }
    QStringList languages() const { return m_languages; }
    QString last() const { return m_utterances.isEmpty() ? QString() : m_utterances.constLast(); }
    int stops() const { return m_stops; }
    double volume() const { return m_volume; }
    // Forgets what was said, so a test step checks only its own speech.
    Q_INVOKABLE void clear();

signals:
    void spoken();
    void stopped();
    void volumeChanged();

private:
    QStringList m_utterances;
    QStringList m_languages;
    int m_stops = 0;
    double m_volume = 1.0;
};
