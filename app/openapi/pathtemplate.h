#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kiosk::openapi {

// An OpenAPI path template ("/v2/orders/{order_id}"), split into segments once.
class PathTemplate
{
public:
    PathTemplate() = default;
    explicit PathTemplate(const QString &text);

    const QString &text() const { return m_text; }
    // Whether `path` (no query string) fits: same number of segments, literal ones equal,
    // each {parameter} one non-empty segment.
    bool matches(QStringView path) const;
    // Whether this template is more specific than `other`, both matching the same path: at the
    // first segment where one is literal and the other a parameter, the literal one wins
    // ("/v2/customers/groups" before "/v2/customers/{customer_id}").
    bool moreSpecificThan(const PathTemplate &other) const;

private:
    static bool isParameter(const QString &segment);

    QString m_text;
    QStringList m_segments;
};

} // namespace kiosk::openapi
