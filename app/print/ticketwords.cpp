#include "print/ticketwords.h"

#include <QTranslator>

namespace kiosk {

TicketWords::TicketWords(const QString &language)
    : m_language(language == QLatin1String("es") ? language : QStringLiteral("en"))
{
    if (m_language == QLatin1String("en"))
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/ticket_%1.qm").arg(m_language)))
        m_translator = std::move(translator);
}

TicketWords::~TicketWords() = default;

QString TicketWords::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("Ticket", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QLocale TicketWords::locale() const
{
    return m_language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::UnitedStates)
                                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace kiosk
