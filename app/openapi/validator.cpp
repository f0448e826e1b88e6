#include "openapi/validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace kiosk::openapi {

namespace {

QString typeName(SchemaType type)
{
    switch (type) {
    case SchemaType::Object: return QStringLiteral("object");
    case SchemaType::Array: return QStringLiteral("array");
    case SchemaType::String: return QStringLiteral("string");
    case SchemaType::Integer: return QStringLiteral("integer");
    case SchemaType::Number: return QStringLiteral("number");
    case SchemaType::Boolean: return QStringLiteral("boolean");
    case SchemaType::Any: break;
    }
    return QStringLiteral("any value");
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// A JSON number without a fraction. QJsonValue keeps numbers as doubles, so 1.0 in the text
// counts as an integer too (the parsed value cannot tell them apart).
bool isInteger(double number)
{
    return std::isfinite(number) && std::floor(number) == number;
}

bool typeMatches(SchemaType type, const QJsonValue &value)
{
    switch (type) {
    case SchemaType::Object: return value.isObject();
    case SchemaType::Array: return value.isArray();
    case SchemaType::String: return value.isString();
    case SchemaType::Integer: return value.isDouble() && isInteger(value.toDouble());
    case SchemaType::Number: return value.isDouble();
    case SchemaType::Boolean: return value.isBool();
    case SchemaType::Any: return !value.isUndefined();
    }
    return false;
}

// JSON Schema counts string lengths in code points; QString counts UTF-16 units.
qsizetype codePoints(const QString &string)
{
    qsizetype count = string.size();
    for (const QChar c : string)
        count -= c.isLowSurrogate() ? 1 : 0;
    return count;
}

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

QString limit(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

void Validator::check(const Schema &schema, const QJsonValue &value)
{
    m_path.clear();
    checkValue(schema, value);
}

void Validator::checkValue(const Schema &site, const QJsonValue &value)
{
    // A $ref site may add nullable or readOnly to the component it names.
    bool nullable = false;
    bool readOnly = false;
    const Schema *schema = &site;
    for (;;) {
        nullable = nullable || schema->nullable;
        readOnly = readOnly || schema->readOnly;
        if (!schema->ref)
            break;
        schema = schema->ref;
    }
    if (readOnly && m_direction == Direction::Request)
        return add(Rule::ReadOnly, QStringLiteral("read-only (Square sets it), not for a request"));
    if (value.isNull()) {
        if (!nullable)
            add(Rule::Null, QStringLiteral("null, but not nullable"));
        return;
    }
    if (!typeMatches(schema->type, value)) {
        return add(Rule::Type, QLatin1String("expected ") + typeName(schema->type)
                                   + QLatin1String(", got ") + jsonTypeName(value));
    }
    if (schema->hasEnum && !schema->enumValues.contains(value)) {
        const QString name = schema->name.isEmpty() ? QStringLiteral("its enum")
                                                    : schema->name;
        add(Rule::Enum, QLatin1String("not one of the values of ") + name);
    }
    switch (schema->type) {
    case SchemaType::Object: return checkObject(*schema, value.toObject());
    case SchemaType::Array: return checkArray(*schema, value.toArray());
    case SchemaType::String: return checkString(*schema, value.toString());
    case SchemaType::Integer:
    case SchemaType::Number: return checkNumber(*schema, value.toDouble());
    case SchemaType::Boolean:
    case SchemaType::Any: return;
    }
}

void Validator::checkObject(const Schema &schema, const QJsonObject &object)
{
    for (const QString &name : schema.required) {
        if (object.contains(name))
            continue;
        m_path.push_back({name});
        add(Rule::Required, QStringLiteral("required, missing"));
        m_path.pop_back();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        m_path.push_back({it.key()});
        if (const Schema *property = schema.properties.value(it.key()))
            checkValue(*property, it.value());
        else if (schema.additionalProperties)
            checkValue(*schema.additionalProperties, it.value());
        else if (!schema.anyAdditionalProperty)
            add(Rule::Unknown, QLatin1String("not a property of ")
                                   + (schema.name.isEmpty() ? QStringLiteral("this object")
                                                            : schema.name));
        m_path.pop_back();
    }
}

void Validator::checkArray(const Schema &schema, const QJsonArray &array)
{
    if (schema.minItems && array.size() < *schema.minItems)
        add(Rule::Items, QStringLiteral("%1 items, fewer than minItems %2")
                             .arg(array.size()).arg(*schema.minItems));
    if (schema.maxItems && array.size() > *schema.maxItems)
        add(Rule::Items, QStringLiteral("%1 items, more than maxItems %2")
                             .arg(array.size()).arg(*schema.maxItems));
    for (qsizetype i = 0; i < array.size(); ++i) {
        m_path.push_back({QString(), i});
        checkValue(*schema.items, array.at(i));
        m_path.pop_back();
    }
}

void Validator::checkString(const Schema &schema, const QString &string)
{
    if (schema.minLength || schema.maxLength) {
        const qsizetype length = codePoints(string);
        if (schema.minLength && length < *schema.minLength)
            add(Rule::Length, QStringLiteral("length %1, shorter than minLength %2")
                                  .arg(length).arg(*schema.minLength));
        if (schema.maxLength && length > *schema.maxLength)
            add(Rule::Length, QStringLiteral("length %1, longer than maxLength %2")
                                  .arg(length).arg(*schema.maxLength));
    }
    if (!schema.pattern.pattern().isEmpty() && !schema.pattern.match(string).hasMatch())
        add(Rule::Pattern, QLatin1String("does not match the pattern ") + schema.pattern.pattern());
}

void Validator::checkNumber(const Schema &schema, double number)
{
    if (schema.minimum && number < *schema.minimum)
        add(Rule::Range, QLatin1String("below the minimum ") + limit(*schema.minimum));
    if (schema.maximum && number > *schema.maximum)
        add(Rule::Range, QLatin1String("above the maximum ") + limit(*schema.maximum));
    // The bounds are powers of two, exact as doubles: 2^63 itself is already out of int64.
    if (schema.format == IntegerFormat::Int64 && !(number >= -0x1p63 && number < 0x1p63))
        add(Rule::Range, QStringLiteral("outside int64"));
    if (schema.format == IntegerFormat::Int32 && !(number >= -0x1p31 && number < 0x1p31))
        add(Rule::Range, QStringLiteral("outside int32"));
}

void Validator::add(Rule rule, const QString &message)
{
    m_violations.append({path(), rule, message});
}

QString Validator::path() const
{
    QString text = QStringLiteral("$");
    for (const Step &step : m_path) {
        if (step.index >= 0)
            text += u'[' + QString::number(step.index) + u']';
        else if (isIdentifier(step.key))
            text += u'.' + step.key;
        else
            text += QLatin1String("[\"") + step.key + QLatin1String("\"]");
    }
    return text;
}

} // namespace kiosk::openapi
