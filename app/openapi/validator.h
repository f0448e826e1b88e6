#pragma once

#include "openapi/schema.h"
#include "openapi/violation.h"

#include <QJsonValue>
#include <QList>
#include <vector>

namespace kiosk::openapi {

enum class Direction { Request, Response };

// Checks one JSON value against one compiled schema and collects every violation (not only the
// first: a simulator log should show all of a request's problems at once).
class Validator
{
public:
    explicit Validator(Direction direction) : m_direction(direction) {}

    void check(const Schema &schema, const QJsonValue &value);
    const QList<Violation> &violations() const { return m_violations; }

private:
    // One step of the path to the value being checked: a key, or an index when key is null.
    struct Step
    {
        QString key;
        qsizetype index = -1;
    };

    void checkValue(const Schema &site, const QJsonValue &value);
    void checkObject(const Schema &schema, const QJsonObject &object);
    void checkArray(const Schema &schema, const QJsonArray &array);
    void checkString(const Schema &schema, const QString &string);
    void checkNumber(const Schema &schema, double number);
    void add(Rule rule, const QString &message);
    QString path() const;

    Direction m_direction;
    std::vector<Step> m_path;
    QList<Violation> m_violations;
};

} // namespace kiosk::openapi
