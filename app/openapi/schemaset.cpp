#include "openapi/schemaset.h"

#include "openapi/schemakeywords.h"

#include <QJsonArray>

namespace kiosk::openapi {

namespace {

const QLatin1String kComponentPrefix("#/components/schemas/");

bool fail(QString *error, const QString &where, const QString &why)
{
    if (error)
        *error = where + QLatin1String(": ") + why;
    return false;
}

std::optional<SchemaType> typeNamed(const QString &name)
{
    static const QHash<QString, SchemaType> types = {
        {QStringLiteral("object"), SchemaType::Object},
        {QStringLiteral("array"), SchemaType::Array},
        {QStringLiteral("string"), SchemaType::String},
        {QStringLiteral("integer"), SchemaType::Integer},
        {QStringLiteral("number"), SchemaType::Number},
        {QStringLiteral("boolean"), SchemaType::Boolean}};
    const auto it = types.constFind(name);
    return it == types.cend() ? std::nullopt : std::optional(*it);
}

// A count keyword (minLength, maxItems...): a non-negative JSON integer.
bool readCount(const QJsonObject &json, const QString &key, std::optional<qsizetype> *out,
               const QString &where, QString *error)
{
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number)))
        return fail(error, where, key + QLatin1String(" is not a non-negative integer"));
    *out = qsizetype(number);
    return true;
}

bool readBound(const QJsonObject &json, const QString &key, std::optional<double> *out,
               const QString &where, QString *error)
{
    if (!json.contains(key))
        return true;
    if (!json.value(key).isDouble())
        return fail(error, where, key + QLatin1String(" is not a number"));
    *out = json.value(key).toDouble();
    return true;
}

bool readFlag(const QJsonObject &json, const QString &key, bool *out, const QString &where,
              QString *error)
{
    if (!json.contains(key))
        return true;
    if (!json.value(key).isBool())
        return fail(error, where, key + QLatin1String(" is not a boolean"));
    *out = json.value(key).toBool();
    return true;
}

} // namespace

bool SchemaSet::compileComponents(const QJsonObject &schemas, QString *error)
{
    // Nodes first, so a $ref can point at a component compiled later (or at itself).
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        Schema &node = m_nodes.emplace_back();
        node.name = it.key();
        m_components.insert(it.key(), &node);
    }
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        if (!it.value().isObject())
            return fail(error, it.key(), QStringLiteral("not a schema object"));
        if (!fill(*m_components.value(it.key()), it.value().toObject(), it.key(), error))
            return false;
    }
    return true;
}

const Schema *SchemaSet::compile(const QJsonObject &schema, const QString &where, QString *error)
{
    Schema &node = m_nodes.emplace_back();
    return fill(node, schema, where, error) ? &node : nullptr;
}

const Schema *SchemaSet::child(const QJsonValue &json, const QString &where, QString *error)
{
    if (!json.isObject()) {
        fail(error, where, QStringLiteral("not a schema object"));
        return nullptr;
    }
    return compile(json.toObject(), where, error);
}

bool SchemaSet::fill(Schema &node, const QJsonObject &json, const QString &where, QString *error)
{
    if (json.contains(QLatin1String("$ref")))
        return fillRef(node, json, where, error);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (keywordRole(it.key()) == KeywordRole::Unknown)
            return fail(error, where,
                        QLatin1String("keyword \"") + it.key()
                            + QLatin1String("\" is not checked by kiosk_openapi"));
    }
    if (json.contains(QLatin1String("type"))) {
        const auto type = typeNamed(json.value(QLatin1String("type")).toString());
        if (!type)
            return fail(error, where, QStringLiteral("unknown type"));
        node.type = *type;
    }
    if (!readFlag(json, QStringLiteral("nullable"), &node.nullable, where, error)
        || !readFlag(json, QStringLiteral("readOnly"), &node.readOnly, where, error))
        return false;
    if (json.contains(QLatin1String("enum"))) {
        if (!json.value(QLatin1String("enum")).isArray())
            return fail(error, where, QStringLiteral("enum is not an array"));
        node.hasEnum = true;
        node.enumValues = json.value(QLatin1String("enum")).toArray();
    }
    return fillObject(node, json, where, error) && fillLimits(node, json, where, error);
}

bool SchemaSet::fillRef(Schema &node, const QJsonObject &json, const QString &where,
                        QString *error)
{
    // OpenAPI 3.0 ignores a $ref's siblings; Square writes nullable and readOnly there and
    // means them, so those two count. Any other constraint there would go unchecked: refuse.
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        if (key != QLatin1String("$ref") && key != QLatin1String("nullable")
            && key != QLatin1String("readOnly")
            && keywordRole(key) != KeywordRole::Annotation)
            return fail(error, where, QLatin1String("\"") + key + QLatin1String("\" beside $ref"));
    }
    const QString ref = json.value(QLatin1String("$ref")).toString();
    node.ref = ref.startsWith(kComponentPrefix)
                   ? m_components.value(ref.mid(kComponentPrefix.size())) : nullptr;
    if (!node.ref)
        return fail(error, where, QLatin1String("unresolved $ref ") + ref);
    return readFlag(json, QStringLiteral("nullable"), &node.nullable, where, error)
           && readFlag(json, QStringLiteral("readOnly"), &node.readOnly, where, error);
}

bool SchemaSet::fillObject(Schema &node, const QJsonObject &json, const QString &where,
                           QString *error)
{
    const bool objectKeywords = json.contains(QLatin1String("properties"))
                                || json.contains(QLatin1String("required"))
                                || json.contains(QLatin1String("additionalProperties"));
    if (objectKeywords && node.type != SchemaType::Object)
        return fail(error, where, QStringLiteral("object keywords on a schema not of type object"));
    if (json.contains(QLatin1String("properties"))) {
        const QJsonObject properties = json.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const Schema *property = child(it.value(), where + u'.' + it.key(), error);
            if (!property)
                return false;
            node.properties.insert(it.key(), property);
        }
    }
    for (const QJsonValue &name : json.value(QLatin1String("required")).toArray()) {
        if (!name.isString())
            return fail(error, where, QStringLiteral("required holds a non-string"));
        node.required.append(name.toString());
    }
    const QJsonValue additional = json.value(QLatin1String("additionalProperties"));
    if (additional.isBool()) {
        node.anyAdditionalProperty = additional.toBool();
    } else if (!additional.isUndefined()) {
        node.additionalProperties = child(additional, where + QLatin1String("{}"), error);
        if (!node.additionalProperties)
            return false;
    }
    if (node.type == SchemaType::Object && !json.contains(QLatin1String("properties"))
        && additional.isUndefined())
        node.anyAdditionalProperty = true;
    if (json.contains(QLatin1String("items"))) {
        if (node.type != SchemaType::Array)
            return fail(error, where, QStringLiteral("items on a schema not of type array"));
        node.items = child(json.value(QLatin1String("items")), where + QLatin1String("[]"), error);
        if (!node.items)
            return false;
    }
    if (node.type == SchemaType::Array && !node.items)
        return fail(error, where, QStringLiteral("an array without items"));
    return true;
}

bool SchemaSet::fillLimits(Schema &node, const QJsonObject &json, const QString &where,
                           QString *error)
{
    const bool string = node.type == SchemaType::String;
    const bool numeric = node.type == SchemaType::Integer || node.type == SchemaType::Number;
    const bool array = node.type == SchemaType::Array;
    const auto misplaced = [&](const char *key, bool allowed) {
        return !allowed && json.contains(QLatin1String(key));
    };
    if (misplaced("minLength", string) || misplaced("maxLength", string)
        || misplaced("pattern", string) || misplaced("minimum", numeric)
        || misplaced("maximum", numeric) || misplaced("minItems", array)
        || misplaced("maxItems", array))
        return fail(error, where, QStringLiteral("a limit on a schema of another type"));
    if (json.contains(QLatin1String("pattern"))) {
        node.pattern = QRegularExpression(json.value(QLatin1String("pattern")).toString());
        if (!node.pattern.isValid() || node.pattern.pattern().isEmpty())
            return fail(error, where, QStringLiteral("invalid pattern"));
    }
    if (json.contains(QLatin1String("format"))) {
        // The only formats with a meaning a validator can check cheaply and unambiguously;
        // a string format (date-time...) would fail the load until someone decides.
        const QString format = json.value(QLatin1String("format")).toString();
        if (node.type == SchemaType::Integer && format == QLatin1String("int64"))
            node.format = IntegerFormat::Int64;
        else if (node.type == SchemaType::Integer && format == QLatin1String("int32"))
            node.format = IntegerFormat::Int32;
        else
            return fail(error, where, QLatin1String("format \"") + format
                                          + QLatin1String("\" is not checked by kiosk_openapi"));
    }
    return readCount(json, QStringLiteral("minLength"), &node.minLength, where, error)
           && readCount(json, QStringLiteral("maxLength"), &node.maxLength, where, error)
           && readCount(json, QStringLiteral("minItems"), &node.minItems, where, error)
           && readCount(json, QStringLiteral("maxItems"), &node.maxItems, where, error)
           && readBound(json, QStringLiteral("minimum"), &node.minimum, where, error)
           && readBound(json, QStringLiteral("maximum"), &node.maximum, where, error);
}

} // namespace kiosk::openapi
