#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kiosk {

// A catalog object's texts in every kiosk language: the first language is the catalog's own
// (Square's texts), the others come from square-translations.json. A missing translation
// falls back to Square's text and is a problem line, so a manager sees what to translate.
class CatalogTexts
{
public:
    CatalogTexts(const QStringList &languages, const QJsonObject &translations,
                 QStringList *problems);

    // {"en": squareText, "es": ...} for `field` ("name" or "description") of `object`.
    QJsonObject text(const QJsonObject &object, const QString &field,
                     const QString &squareText) const;
    // A text the kiosk itself supplies (the size group's name), by language; languages it has
    // no word for fall back to English.
    QJsonObject builtIn(const QHash<QString, QString> &byLanguage) const;

private:
    QStringList m_languages;
    QJsonObject m_translations;
    QStringList *m_problems;
};

} // namespace kiosk
