#include "openapi/operationtable.h"

#include "openapi/schemaset.h"

namespace kiosk::openapi {

namespace {

const QLatin1String kJson("application/json");

// A media type map's application/json schema, or its first media type's name when it has
// none (Square's image uploads are multipart/form-data).
QJsonObject jsonSchemaOf(const QJsonObject &content, QString *contentType)
{
    if (content.contains(kJson)) {
        *contentType = kJson;
        return content.value(kJson).toObject().value(QLatin1String("schema")).toObject();
    }
    *contentType = content.isEmpty() ? QString() : content.begin().key();
    return {};
}

} // namespace

bool OperationTable::load(const QJsonObject &paths, SchemaSet &schemas, QString *error)
{
    static const QStringList methods = {
        QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
        QStringLiteral("delete"), QStringLiteral("patch"), QStringLiteral("head"),
        QStringLiteral("options"), QStringLiteral("trace")};
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const PathTemplate pathTemplate(path.key());
        for (const QString &segment : path.key().split(u'/')) {
            if (!segment.startsWith(u'{'))
                m_literalSegments.insert(segment);
        }
        const QJsonObject item = path.value().toObject();
        for (auto entry = item.begin(); entry != item.end(); ++entry) {
            if (!methods.contains(entry.key()))
                continue;
            Operation operation;
            operation.method = entry.key().toUpper().toLatin1();
            operation.pathTemplate = path.key();
            operation.path = pathTemplate;
            if (!loadOperation(operation, entry.value().toObject(), schemas, error))
                return false;
            m_operations.push_back(std::move(operation));
        }
    }
    return true;
}

bool OperationTable::loadOperation(Operation &operation, const QJsonObject &json,
                                   SchemaSet &schemas, QString *error)
{
    operation.operationId = json.value(QLatin1String("operationId")).toString();
    if (operation.operationId.isEmpty()) {
        *error = QString::fromLatin1(operation.method) + u' ' + operation.pathTemplate
                 + QLatin1String(": no operationId");
        return false;
    }
    if (json.contains(QLatin1String("requestBody"))) {
        const QJsonObject body = json.value(QLatin1String("requestBody")).toObject();
        operation.requestBodyRequired = body.value(QLatin1String("required")).toBool();
        const QJsonObject schema = jsonSchemaOf(body.value(QLatin1String("content")).toObject(),
                                                &operation.requestContentType);
        if (operation.requestContentType == kJson) {
            operation.requestBody = schemas.compile(schema, operation.operationId
                                                                + QLatin1String(" request"), error);
            if (!operation.requestBody)
                return false;
        }
    }
    const QJsonObject responses = json.value(QLatin1String("responses")).toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        QString contentType;
        const QJsonObject schema = jsonSchemaOf(
            it.value().toObject().value(QLatin1String("content")).toObject(), &contentType);
        const Schema *compiled = nullptr;
        if (contentType == kJson) {
            compiled = schemas.compile(schema, operation.operationId + QLatin1String(" response ")
                                                   + it.key(), error);
            if (!compiled)
                return false;
        } else if (!contentType.isEmpty()) {
            *error = operation.operationId + QLatin1String(": a ") + contentType
                     + QLatin1String(" response, which kiosk_openapi cannot check");
            return false;
        }
        operation.responses.insert(it.key(), compiled); // null: a response without a body
    }
    return true;
}

const Operation *OperationTable::find(QByteArrayView method, QStringView path) const
{
    const QByteArray upper = method.toByteArray().toUpper();
    const Operation *best = nullptr;
    for (const Operation &operation : m_operations) {
        if (operation.method == upper && operation.path.matches(path)
            && (!best || operation.path.moreSpecificThan(best->path)))
            best = &operation;
    }
    return best;
}

QString OperationTable::redacted(QStringView path) const
{
    QStringList shown;
    for (const QStringView segment : path.split(u'/')) {
        const QString text = segment.toString();
        shown.append(m_literalSegments.contains(text) ? text : QStringLiteral("{?}"));
    }
    return shown.join(u'/');
}

} // namespace kiosk::openapi
