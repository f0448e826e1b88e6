#pragma once

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace kiosk {

// The ticket's own words in the customer's language: the texts app/print marks with
// QT_TRANSLATE_NOOP in the "Ticket" context, translated by resources/translations/
// ticket_es.ts (embedded as :/i18n/ticket_<lang>.qm). A private translator, never installed
// in the application: the kiosk's screen language is not the ticket's, and this runs on the
// printer thread.
class TicketWords
{
public:
    explicit TicketWords(const QString &language);
    ~TicketWords();
    TicketWords(const TicketWords &) = delete;
    TicketWords &operator=(const TicketWords &) = delete;

    // `source` translated (the English source when the language has no translation).
    QString text(const char *source) const;
    QString language() const { return m_language; }
    // US English or US Spanish: dates and numbers as the customer reads them.
    QLocale locale() const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace kiosk
