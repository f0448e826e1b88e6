#include "openapi/spec.h"

#include "openapi/knownexceptions.h"
#include "openapi/missingcomponents.h"
#include "openapi/operationtable.h"
#include "openapi/schemaset.h"
#include "openapi/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk::openapi {

struct SpecData
{
    SchemaSet schemas;
    OperationTable operations;
};

namespace {

bool isEmptyBody(const QJsonValue &body)
{
    return body.isNull() || body.isUndefined();
}

// Validates `body` against `schema` (null: the operation has no body there) and turns what is
// not a known exception into lines headed by `heading` ("CreateOrder request").
QStringList violationLines(const Operation &operation, Direction direction, const QString &heading,
                           const Schema *schema, const QJsonValue &body,
                           QList<Violation> extra = {})
{
    QList<Violation> violations;
    if (!schema) {
        if (!isEmptyBody(body))
            violations.append({QStringLiteral("$"), Rule::Body,
                               QStringLiteral("a body, but the operation takes none here")});
    } else if (isEmptyBody(body)) {
        violations.append({QStringLiteral("$"), Rule::Body, QStringLiteral("body missing")});
    } else {
        Validator validator(direction);
        validator.check(*schema, body);
        violations = validator.violations();
    }
    violations += extra;
    QStringList lines;
    for (const Violation &violation : std::as_const(violations)) {
        if (!isKnownException(operation.operationId, direction, violation))
            lines.append(heading + QLatin1String(": ") + violation.path + QLatin1String(": ")
                         + violation.message);
    }
    return lines;
}

} // namespace

std::optional<Spec> Spec::load(const QString &apiJsonPath, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = apiJsonPath + QLatin1String(": ") + why;
        return std::nullopt;
    };
    QFile file(apiJsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return refuse(QLatin1String("not a JSON object (") + parseError.errorString() + u')');
    const QJsonObject root = document.object();
    auto data = std::make_shared<SpecData>();
    const QJsonObject schemas = withMissingComponents(
        root.value(QLatin1String("components")).toObject().value(QLatin1String("schemas"))
            .toObject());
    QString why;
    if (!data->schemas.compileComponents(schemas, &why)
        || !data->operations.load(root.value(QLatin1String("paths")).toObject(), data->schemas,
                                  &why))
        return refuse(why);
    return Spec(std::move(data));
}

const Operation *Spec::operation(QByteArrayView method, QStringView path) const
{
    return m_data->operations.find(method, path);
}

QStringList Spec::unknownOperation(QByteArrayView method, QStringView path) const
{
    return {QString::fromLatin1(method.toByteArray().toUpper()) + u' '
            + m_data->operations.redacted(path)
            + QLatin1String(": no operation of api.json has this method and path")};
}

QStringList Spec::validateRequest(QByteArrayView method, QStringView path,
                                  const QJsonValue &body) const
{
    const Operation *op = operation(method, path);
    if (!op)
        return unknownOperation(method, path);
    const QString heading = op->operationId + QLatin1String(" request");
    if (!op->requestContentType.isEmpty() && !op->requestBody) {
        return {heading + QLatin1String(": $: a ") + op->requestContentType
                + QLatin1String(" body, which kiosk_openapi does not check")};
    }
    // Every requestBody of release 2025-08-20 is required; an optional one may be absent.
    if (op->requestBody && !op->requestBodyRequired && isEmptyBody(body))
        return {};
    return violationLines(*op, Direction::Request, heading, op->requestBody, body);
}

// api.json describes one response per operation, "200", and it is also the shape of Square's
// errors: every 200 schema but one (V1ListOrders, a bare array) has `errors: [Error]`, and
// Square's "Handling errors" page says a failed request answers with a status from 400 to 599
// and a body whose `errors` array holds an Error for each problem ("If multiple errors are
// returned, the status code matches the first one"; developer.squareup.com/docs/build-basics/
// handling-errors). So a 4xx/5xx body is checked against the operation's 200 schema (Square
// may send more there, e.g. the FAILED payment of a declined CreatePayment) and must carry at
// least one error. A 200 may carry errors too (bulk endpoints, per the same page).
QStringList Spec::validateResponse(QByteArrayView method, QStringView path, int status,
                                   const QJsonValue &body) const
{
    const Operation *op = operation(method, path);
    if (!op)
        return unknownOperation(method, path);
    const QString heading = op->operationId + QLatin1String(" response ")
                            + QString::number(status);
    const QString key = QString::number(status);
    const QString fallback = QStringLiteral("default");
    const bool isError = status >= 400 && status <= 599;
    const Schema *schema = nullptr;
    if (op->responses.contains(key))
        schema = op->responses.value(key);
    else if (op->responses.contains(fallback))
        schema = op->responses.value(fallback);
    else if (isError && op->responses.contains(QStringLiteral("200")))
        schema = op->responses.value(QStringLiteral("200"));
    else
        return {heading + QLatin1String(": $: api.json describes no response with this status")};
    QList<Violation> extra;
    if (isError && body.toObject().value(QLatin1String("errors")).toArray().isEmpty()) {
        extra.append({QStringLiteral("$.errors"), Rule::Status,
                      QStringLiteral("an error status, but no errors[]")});
    }
    return violationLines(*op, Direction::Response, heading, schema, body, extra);
}

qsizetype Spec::operationCount() const
{
    return m_data->operations.size();
}

qsizetype Spec::schemaCount() const
{
    return m_data->schemas.size();
}

} // namespace kiosk::openapi
