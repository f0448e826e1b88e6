#pragma once

#include "openapi/operation.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QSet>
#include <vector>

namespace kiosk::openapi {

class SchemaSet;

// Every operation of api.json's `paths`, found by method and concrete path.
class OperationTable
{
public:
    // Compiles each operation's JSON body schemas into `schemas`. False, with `error`, on an
    // operation without an operationId or with a body schema the validator cannot check.
    bool load(const QJsonObject &paths, SchemaSet &schemas, QString *error);

    // The matching operation with the most specific template (literal segments first).
    const Operation *find(QByteArrayView method, QStringView path) const;
    // `path` with every segment that is no literal segment of any template replaced by "{?}":
    // what an error message may show of a path that can carry an id.
    QString redacted(QStringView path) const;
    qsizetype size() const { return qsizetype(m_operations.size()); }

private:
    bool loadOperation(Operation &operation, const QJsonObject &json, SchemaSet &schemas,
                       QString *error);

    std::vector<Operation> m_operations;
    QSet<QString> m_literalSegments;
};

} // namespace kiosk::openapi
