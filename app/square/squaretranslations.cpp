#include "square/squaretranslations.h"

#include "config/jsonreader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

std::optional<QJsonObject> parseSquareTranslations(const QByteArray &json, QString *error)
{
    static const QRegularExpression LanguageCode(u"^[a-z]{2}$"_s);
    static const QStringList TextKeys = {u"name"_s, u"description"_s};
    ConfigErrors errors;
    JsonReader reader(u"square-translations.json"_s, &errors);
    const auto root = reader.parseObject(json);
    if (root) {
        for (auto language = root->begin(); language != root->end(); ++language) {
            if (language.key().startsWith(u'_'))
                continue;
            if (!LanguageCode.match(language.key()).hasMatch()) {
                reader.error(language.key(), u"must be a two-letter language code"_s);
                continue;
            }
            const auto objects = reader.object(*root, {}, language.key());
            if (!objects)
                continue;
            for (auto object = objects->begin(); object != objects->end(); ++object) {
                if (object.key().startsWith(u'_'))
                    continue;
                const auto texts = reader.object(*objects, language.key(), object.key());
                if (!texts)
                    continue;
                const QString at = JsonReader::join(language.key(), object.key());
                reader.rejectUnknownKeys(*texts, at, TextKeys);
                for (const QString &key : TextKeys) {
                    if (texts->contains(key))
                        reader.string(*texts, at, key);
                }
            }
        }
    }
    if (!errors.isEmpty()) {
        if (error)
            *error = formatErrors(errors);
        return std::nullopt;
    }
    return root;
}

} // namespace kiosk
