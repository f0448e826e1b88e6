#pragma once

#include "openapi/schema.h"

#include <QHash>
#include <QJsonObject>
#include <deque>

namespace kiosk::openapi {

// Every schema of one api.json, compiled: components.schemas by name, and the inline schemas
// of the operations. Owns the nodes; the pointers it hands out live as long as it does.
class SchemaSet
{
public:
    SchemaSet() = default;
    SchemaSet(const SchemaSet &) = delete;
    SchemaSet &operator=(const SchemaSet &) = delete;

    // Compiles components.schemas. False, with `error` ("<where>: why"), on a keyword the
    // validator does not check (schemakeywords.h), a malformed value, or a $ref that names no
    // component.
    bool compileComponents(const QJsonObject &schemas, QString *error);
    // An inline schema (an operation's body), which may $ref the components.
    const Schema *compile(const QJsonObject &schema, const QString &where, QString *error);

    const Schema *component(const QString &name) const { return m_components.value(name); }
    qsizetype size() const { return qsizetype(m_nodes.size()); }

private:
    bool fill(Schema &node, const QJsonObject &json, const QString &where, QString *error);
    bool fillRef(Schema &node, const QJsonObject &json, const QString &where, QString *error);
    bool fillObject(Schema &node, const QJsonObject &json, const QString &where, QString *error);
    bool fillLimits(Schema &node, const QJsonObject &json, const QString &where, QString *error);
    const Schema *child(const QJsonValue &json, const QString &where, QString *error);

    std::deque<Schema> m_nodes;
    QHash<QString, Schema *> m_components;
};

} // namespace kiosk::openapi
