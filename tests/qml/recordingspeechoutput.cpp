#include "recordingspeechoutput.h"

void RecordingSpeechOutput::say(const QString &text, const QString &language)
{
    m_utterances.append(text);
    m_languages.append(language);
    emit spoken();
}

void RecordingSpeechOutput::stop()
{
    ++m_stops;
    emit stopped();
}

void RecordingSpeechOutput::setVolume(double volume)
{
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    emit volumeChanged();
}

void RecordingSpeechOutput::clear()
{
    m_utterances.clear();
    m_languages.clear();
    emit spoken();
}
