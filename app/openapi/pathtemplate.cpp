#include "openapi/pathtemplate.h"

namespace kiosk::openapi {

PathTemplate::PathTemplate(const QString &text) : m_text(text), m_segments(text.split(u'/')) {}

bool PathTemplate::isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool PathTemplate::matches(QStringView path) const
{
    const QList<QStringView> segments = path.split(u'/');
    if (segments.size() != m_segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = m_segments.at(i);
        if (isParameter(segment) ? segments.at(i).isEmpty() : segments.at(i) != segment)
            return false;
    }
    return true;
}

bool PathTemplate::moreSpecificThan(const PathTemplate &other) const
{
    const qsizetype count = qMin(m_segments.size(), other.m_segments.size());
    for (qsizetype i = 0; i < count; ++i) {
        const bool mine = isParameter(m_segments.at(i));
        const bool theirs = isParameter(other.m_segments.at(i));
        if (mine != theirs)
            return !mine;
    }
    return false;
}

} // namespace kiosk::openapi
