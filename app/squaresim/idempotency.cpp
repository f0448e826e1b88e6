#include "squaresim/idempotency.h"

#include "contract/canonicaljson.h"

namespace kiosk::squaresim {

namespace {

QString slot(const QString &endpoint, const QString &key)
{
    return endpoint + QChar(u'\n') + key;
}

} // namespace

std::optional<Response> Idempotency::answer(const QString &endpoint, const QString &key, const QJsonObject &body,
                                            const std::function<Response(const QString &id)> &replay) const
{
    const auto it = m_entries.constFind(slot(endpoint, key));
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (it->hash != canonicalHash(body))
        return badRequest(QStringLiteral("IDEMPOTENCY_KEY_REUSED"), QStringLiteral("The idempotency key was used with another request."));
    return replay(it->id);
}

void Idempotency::remember(const QString &endpoint, const QString &key, const QJsonObject &body, const QString &id)
{
    m_entries.insert(slot(endpoint, key), {canonicalHash(body), id});
}

} // namespace kiosk::squaresim
