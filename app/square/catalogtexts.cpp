#include "square/catalogtexts.h"

#include "square/catalogindex.h"

using namespace Qt::StringLiterals;

namespace kiosk {

CatalogTexts::CatalogTexts(const QStringList &languages, const QJsonObject &translations,
                           QStringList *problems)
    : m_languages(languages), m_translations(translations), m_problems(problems)
{
}

QJsonObject CatalogTexts::text(const QJsonObject &object, const QString &field,
                               const QString &squareText) const
{
    QJsonObject text;
    const QString id = object.value(u"id"_s).toString();
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        const QString &language = m_languages.at(i);
        QString value = squareText;
        if (i > 0) {
            const QString translated = m_translations.value(language)
                                               .toObject()
                                               .value(id)
                                               .toObject()
                                               .value(field)
                                               .toString();
            if (!translated.trimmed().isEmpty()) {
                value = translated;
            } else {
                m_problems->append(problemLine(
                        object, u"no %1 %2 in square-translations.json; the Square %2 is shown"_s
                                        .arg(language, field)));
            }
        }
        text.insert(language, value);
    }
    return text;
}

QJsonObject CatalogTexts::builtIn(const QHash<QString, QString> &byLanguage) const
{
    QJsonObject text;
    for (const QString &language : m_languages)
        text.insert(language, byLanguage.value(language, byLanguage.value(u"en"_s)));
    return text;
}

} // namespace kiosk
