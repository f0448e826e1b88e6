#pragma once

#include <QString>
#include <QStringList>

namespace kiosk::openapi {

// What the validator does with each keyword a schema of api.json may carry. A keyword that is
// neither checked nor a pure annotation fails the load: a newer api.json that starts using,
// say, `oneOf` or `multipleOf` must not be validated as if the keyword were not there.
//
// Release 2025-08-20 uses, in components.schemas (occurrences):
//   checked:    type 4656, nullable 2450, $ref 1861, properties 1210, items 629, readOnly 601,
//               maxLength 590, required 250, minLength 213, enum 191, additionalProperties 46,
//               format 45 (all "int64" on integers), minimum 26, maximum 25, pattern 6
//   annotation: description, example, x-release-status, x-enum-elements, x-webhook, x-api,
//               x-since, x-sq-sdk-sample-code, x-params-example, x-visibility
// minItems and maxItems are checked too, though this release does not use them.
enum class KeywordRole { Checked, Annotation, Unknown };

KeywordRole keywordRole(const QString &keyword);

// The checked keywords, for messages and the tests.
QStringList checkedKeywords();

} // namespace kiosk::openapi
