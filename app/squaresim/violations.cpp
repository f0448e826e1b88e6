#include "squaresim/violations.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcViolations, "kiosk.squaresim.violations")

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

void Violations::record(const QString &where, const QStringList &found)
{
    for (const QString &line : found) {
        qCWarning(lcViolations, "%s: %s", qUtf8Printable(where), qUtf8Printable(line));
        m_all.append(u"%1: %2"_s.arg(where, line));
    }
}

QStringList Violations::checkRequest(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    if (!m_spec)
        return {};
    const QStringList found = m_spec->validateRequest(method, path, body);
    record(u"%1 %2"_s.arg(QString::fromLatin1(method), path), found);
    return found;
}

void Violations::checkResponse(const QByteArray &method, const QString &path, int status, const QJsonValue &body)
{
    if (m_spec)
        record(u"%1 %2"_s.arg(QString::fromLatin1(method), path), m_spec->validateResponse(method, path, status, body));
}

void Violations::checkSeed(const QString &what, const QByteArray &method, const QString &path, const QJsonValue &body)
{
    if (m_spec)
        record(u"seed %1"_s.arg(what), m_spec->validateResponse(method, path, 200, body));
}

} // namespace kiosk::squaresim
