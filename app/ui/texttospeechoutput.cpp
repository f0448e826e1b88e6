#include "ui/texttospeechoutput.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.speech")

namespace kiosk {

TextToSpeechOutput::TextToSpeechOutput(const QString &engine, QObject *parent)
    : SpeechOutput(parent), m_engineName(engine)
{
}

TextToSpeechOutput::~TextToSpeechOutput() = default;

void TextToSpeechOutput::say(const QString &text, const QString &language)
{
    if (text.isEmpty() || !ensureEngine())
        return;
    m_queue.append({text, language});
    if (m_engine->state() == QTextToSpeech::Ready)
        speakNext();
}

void TextToSpeechOutput::stop()
{
    m_queue.clear();
    if (m_engine)
        m_engine->stop(QTextToSpeech::BoundaryHint::Immediate);
}

void TextToSpeechOutput::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_engine)
        m_engine->setVolume(m_volume);
}

bool TextToSpeechOutput::ensureEngine()
{
    if (m_unavailable)
        return false;
    if (m_engine)
        return true;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty() || (!m_engineName.isEmpty() && !engines.contains(m_engineName))) {
        giveUp(QStringLiteral("no text-to-speech engine %1installed (have: %2)")
                   .arg(m_engineName.isEmpty() ? QString() : m_engineName + QLatin1Char(' '),
                        engines.join(QLatin1String(", "))));
        return false;
    }
    // Without a configured engine, the first that starts: speechd needs a running
    // speech-dispatcher, flite speaks on its own, so a kiosk with both still talks.
    const QStringList candidates = m_engineName.isEmpty() ? engines : QStringList{m_engineName};
    QStringList failures;
    for (const QString &name : candidates) {
        m_engine = std::make_unique<QTextToSpeech>(name);
        if (m_engine->state() != QTextToSpeech::Error)
            break;
        failures.append(QStringLiteral("%1: %2").arg(name, m_engine->errorString()));
        m_engine.reset();
    }
    if (!m_engine) {
        giveUp(QStringLiteral("no text-to-speech engine started (%1)").arg(failures.join(QLatin1String("; "))));
        return false;
    }
    m_engine->setVolume(m_volume);
    connect(m_engine.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready)
            speakNext();
        else if (state == QTextToSpeech::Error && !m_errorLogged) {
            m_errorLogged = true; // an engine that fails once usually fails every time
            qCWarning(lcSpeech) << "speech failed:" << m_engine->errorString();
        }
    });
    qCInfo(lcSpeech) << "speaking with" << m_engine->engine();
    return true;
}

void TextToSpeechOutput::speakNext()
{
    if (m_queue.isEmpty())
        return;
    const Utterance next = m_queue.takeFirst();
    useLanguage(next.language);
    m_engine->say(next.text);
}

void TextToSpeechOutput::useLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    const QLocale::Language wanted = QLocale(language).language();
    const QList<QLocale> locales = m_engine->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() == wanted) {
            m_engine->setLocale(locale);
            return;
        }
    }
    // A customer still hears something; staff learn (once) that a voice is missing.
    if (!m_languagesWithoutVoice.contains(language)) {
        m_languagesWithoutVoice.append(language);
        qCWarning(lcSpeech) << "no" << language << "voice in" << m_engine->engine()
                            << "- speaking with its default voice";
    }
}

void TextToSpeechOutput::giveUp(const QString &why)
{
    m_unavailable = true;
    m_queue.clear();
    m_engine.reset();
    qCWarning(lcSpeech).noquote() << why << "- accessibility mode works without speech";
}

} // namespace kiosk
