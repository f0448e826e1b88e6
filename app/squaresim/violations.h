#pragma once

#include "openapi/spec.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace kiosk::squaresim {

// Every exchange checked against api.json (--api-json): a request's body against its
// operation's request schema, a response's against its response schema. What breaks it is
// kept for GET /sim/violations (tests assert it is empty) and logged. Without --api-json
// nothing is checked.
class Violations
{
public:
    explicit Violations(std::optional<openapi::Spec> spec) : m_spec(std::move(spec)) {}

    bool isChecking() const { return m_spec.has_value(); }
    // The request's violations (also recorded).
    QStringList checkRequest(const QByteArray &method, const QString &path, const QJsonValue &body);
    void checkResponse(const QByteArray &method, const QString &path, int status, const QJsonValue &body);
    // The seed's objects, checked as the response of the operation that returns them.
    void checkSeed(const QString &what, const QByteArray &method, const QString &path, const QJsonValue &body);

    QJsonArray all() const { return m_all; }

private:
    void record(const QString &where, const QStringList &found);

    std::optional<openapi::Spec> m_spec;
    QJsonArray m_all;
};

} // namespace kiosk::squaresim
