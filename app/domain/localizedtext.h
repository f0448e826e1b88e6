#pragma once

#include <QHash>
#include <QString>

namespace kiosk {

// A text a manager wrote in several languages, keyed by language code ("en", "es").
struct LocalizedText
{
    QHash<QString, QString> byLanguage;

    // The text in `language`, else in English, else any text there is.
    QString text(const QString &language) const
    {
        if (const auto it = byLanguage.constFind(language); it != byLanguage.cend())
            return *it;
        if (const auto it = byLanguage.constFind(QStringLiteral("en")); it != byLanguage.cend())
            return *it;
        return byLanguage.isEmpty() ? QString() : *byLanguage.cbegin();
    }

    bool operator==(const LocalizedText &) const = default;
};

} // namespace kiosk
