#include "config/loyaltyjoinsettings.h"

#include "config/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The terms in every store language (others are typos: a customer could never read them).
LocalizedText readTerms(JsonReader &reader, const QJsonObject &join, const QString &path,
                        const QStringList &languages)
{
    LocalizedText terms;
    const auto object = reader.object(join, path, u"terms"_s);
    if (!object)
        return terms;
    const QString at = JsonReader::join(path, u"terms"_s);
    reader.rejectUnknownKeys(*object, at, languages);
    for (const QString &language : languages) {
        if (!object->contains(language))
            reader.error(at, u"missing \"%1\" text"_s.arg(language));
        else if (const auto text = reader.string(*object, at, language))
            terms.byLanguage.insert(language, *text);
    }
    return terms;
}

} // namespace

void readLoyaltyJoin(JsonReader &reader, const QJsonObject &loyalty, const QStringList &languages,
                     bool square, LoyaltyRules::Join *join)
{
    const QString parent = u"loyalty"_s;
    const QString path = JsonReader::join(parent, u"join"_s);
    if (!loyalty.contains(u"join"_s))
        return;
    const auto object = reader.object(loyalty, parent, u"join"_s);
    if (!object)
        return;
    reader.rejectUnknownKeys(*object, path, {u"enabled"_s, u"terms"_s, u"terms_version"_s});
    const bool enabled = reader.boolean(*object, path, u"enabled"_s).value_or(false);
    LoyaltyRules::Join read;
    read.enabled = enabled;
    // Disabled, the terms may stay in the file for later; they are still checked when there.
    if (enabled || object->contains(u"terms"_s))
        read.terms = readTerms(reader, *object, path, languages);
    if (enabled || object->contains(u"terms_version"_s)) {
        static const QRegularExpression Version(u"^[A-Za-z0-9._-]{1,32}$"_s);
        read.termsVersion = reader.matching(*object, path, u"terms_version"_s, Version,
                                            u"must be 1 to 32 letters, digits, '.', '-' or '_', such as \"2026-12\""_s,
                                            /*allowEmpty=*/false).value_or(QString());
    }
    if (enabled && square)
        reader.error(JsonReader::join(path, u"enabled"_s),
                     u"cannot be true with backend.kind \"square\": the Square adapter cannot sign up new "
                     u"members"_s);
    *join = read;
}

} // namespace kiosk
