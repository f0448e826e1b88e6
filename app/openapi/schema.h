#pragma once

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk::openapi {

enum class SchemaType { Any, Object, Array, String, Integer, Number, Boolean };

// The integer formats OpenAPI 3.0 defines: the range a JSON integer must fit in. api.json uses
// int64 only (on integers: Money.amount, versions...), never on strings.
enum class IntegerFormat { None, Int32, Int64 };

// One schema of api.json, compiled once at load: the keywords the validator checks, with every
// $ref resolved to the component it names. Nodes are owned by a SchemaSet and never move.
struct Schema
{
    QString name; // the component's name ("Order"); empty for an inline schema

    // A {"$ref": ...} node: the other fields are unused except nullable and readOnly, which
    // Square writes beside $ref ("$ref" + "nullable": 797 times) and means to apply.
    const Schema *ref = nullptr;

    SchemaType type = SchemaType::Any;
    bool nullable = false;
    bool readOnly = false;

    // Object. A key outside `properties` is a violation (Square rejects unknown fields) unless
    // `additionalProperties` gives its schema (a map: "metadata": {string}) or allows any
    // value. An object with neither keyword is free-form, as in JSON Schema: api.json has two,
    // CustomAttributeDefinition.schema (itself a JSON Schema) and EventData.object (a
    // webhook's payload), none of which the kiosk sends or reads.
    QHash<QString, const Schema *> properties;
    QStringList required;
    const Schema *additionalProperties = nullptr;
    bool anyAdditionalProperty = false; // additionalProperties: true, or a free-form object

    // Array.
    const Schema *items = nullptr;
    std::optional<qsizetype> minItems;
    std::optional<qsizetype> maxItems;

    // String; lengths count Unicode code points, as JSON Schema does.
    std::optional<qsizetype> minLength;
    std::optional<qsizetype> maxLength;
    QRegularExpression pattern; // unset (empty pattern) when the schema has none

    // Integer and number.
    std::optional<double> minimum;
    std::optional<double> maximum;
    IntegerFormat format = IntegerFormat::None;

    // Any type: the value must equal one of these.
    bool hasEnum = false;
    QJsonArray enumValues;
};

} // namespace kiosk::openapi
