#pragma once

#include "ui/speechoutput.h"

#include <QStringList>
#include <QTextToSpeech>
#include <memory>

namespace kiosk {

// Speech through Qt TextToSpeech (speech-dispatcher or flite, whichever is installed). The
// engine starts on the first utterance, so a kiosk nobody uses in accessibility mode never
// loads it. Without an engine or a voice it logs once and stays silent: nothing else depends on
// speech working.
class TextToSpeechOutput : public SpeechOutput
{
    Q_OBJECT

public:
    // `engine`: a name from QTextToSpeech::availableEngines(); empty picks Qt's default.
    explicit TextToSpeechOutput(const QString &engine = {}, QObject *parent = nullptr);
    ~TextToSpeechOutput() override;

    void say(const QString &text, const QString &language) override;
    void stop() override;
    void setVolume(double volume) override;

    // False once the engine failed to start (or none is installed).
    bool isAvailable() const { return !m_unavailable; }

private:
    struct Utterance
    {
        QString text;
        QString language;
    };

    bool ensureEngine();
    void speakNext();
    void useLanguage(const QString &language);
    void giveUp(const QString &why);

    QString m_engineName;
    std::unique_ptr<QTextToSpeech> m_engine;
    bool m_unavailable = false;
    bool m_errorLogged = false;
    double m_volume = 0.8;
    QString m_language;
    QStringList m_languagesWithoutVoice;
    QList<Utterance> m_queue;
};

} // namespace kiosk
