#pragma once

#include "openapi/operation.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <optional>

namespace kiosk::openapi {

struct SpecData;

// Square's OpenAPI description (api.json), loaded and compiled once, and the validation of
// request and response bodies against it. Load it once (about 0.1 s) and keep it: copies share
// the compiled data, which nothing changes after the load.
//
// Each violation is one line: "<operationId> request: <path>: <what>" or "<operationId>
// response <status>: <path>: <what>", path JSONPath-like ("$.order.line_items[0].quantity").
// The lines name fields and rules, never the values (which may be personal data).
class Spec
{
public:
    // Reads and compiles api.json. nullopt with `error` when the file cannot be read or parsed,
    // or uses a schema keyword the validator does not check (schemakeywords.h).
    static std::optional<Spec> load(const QString &apiJsonPath, QString *error);

    // The operation whose path template matches (e.g. "/v2/orders/{order_id}" for
    // "/v2/orders/ABC"), or null. `path` has no query string. Literal segments win over
    // templates: GET "/v2/customers/groups" is ListCustomerGroups, not RetrieveCustomer.
    const Operation *operation(QByteArrayView method, QStringView path) const;

    // Violations, each one line; empty: valid. An unknown operation is itself a violation.
    // `body` is the parsed JSON body; an empty body is a null or undefined QJsonValue, and is
    // the only valid body of an operation without a requestBody (GET, DELETE).
    QStringList validateRequest(QByteArrayView method, QStringView path,
                                const QJsonValue &body) const;
    // The schema is the one api.json gives for `status`, else "default". api.json gives only
    // "200"; a 4xx/5xx body is checked against that same schema and must carry errors[]
    // (see spec.cpp).
    QStringList validateResponse(QByteArrayView method, QStringView path, int status,
                                 const QJsonValue &body) const;

    qsizetype operationCount() const;
    qsizetype schemaCount() const;

private:
    explicit Spec(std::shared_ptr<const SpecData> data) : m_data(std::move(data)) {}

    QStringList unknownOperation(QByteArrayView method, QStringView path) const;

    std::shared_ptr<const SpecData> m_data;
};

} // namespace kiosk::openapi
