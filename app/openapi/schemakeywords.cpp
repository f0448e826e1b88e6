#include "openapi/schemakeywords.h"

namespace kiosk::openapi {

QStringList checkedKeywords()
{
    return {QStringLiteral("$ref"), QStringLiteral("type"), QStringLiteral("nullable"),
            QStringLiteral("readOnly"), QStringLiteral("properties"), QStringLiteral("required"),
            QStringLiteral("additionalProperties"), QStringLiteral("items"),
            QStringLiteral("minItems"), QStringLiteral("maxItems"), QStringLiteral("enum"),
            QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("pattern"),
            QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("format")};
}

KeywordRole keywordRole(const QString &keyword)
{
    static const QStringList checked = checkedKeywords();
    // `deprecated` and `title` say nothing about a value either; Square's vendor extensions
    // (x-...) are documentation and SDK hints.
    static const QStringList annotations = {QStringLiteral("description"),
                                            QStringLiteral("example"), QStringLiteral("title"),
                                            QStringLiteral("deprecated")};
    if (checked.contains(keyword))
        return KeywordRole::Checked;
    if (annotations.contains(keyword) || keyword.startsWith(QLatin1String("x-")))
        return KeywordRole::Annotation;
    return KeywordRole::Unknown;
}

} // namespace kiosk::openapi
