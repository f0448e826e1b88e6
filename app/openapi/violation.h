#pragma once

#include <QString>

namespace kiosk::openapi {

// Which rule a value broke: the known exceptions (specexceptions.h) name the rule they waive.
enum class Rule {
    Type,     // wrong JSON type, or an integer with a fraction
    Null,     // null where the schema is not nullable
    Required, // a required property is missing
    Unknown,  // a property the schema does not list
    ReadOnly, // a property Square sets, sent in a request
    Enum,
    Length,   // minLength / maxLength
    Pattern,
    Range,    // minimum / maximum, or outside the integer format (int64)
    Items,    // minItems / maxItems
    Body,     // a body where none is allowed, or none where one is required
    Status,   // a response status api.json does not describe, or an error without errors[]
    Operation // no operation of api.json answers the method and path
};

// One broken rule at one place of a JSON body. `path` is JSONPath-like ("$.order.line_items[0]
// .quantity"; a key that is not an identifier is written ["key"]); `message` never repeats the
// value itself, which may be personal data (a phone number in a loyalty search).
struct Violation
{
    QString path;
    Rule rule;
    QString message;
};

} // namespace kiosk::openapi
