#include "squaresim/idempotency.h"

#include "contract/canonicaljson.h"

namespace kiosk::squaresim {

namespace {

QString slot(const QString &endpoint, const QString &key)
{
    return endpoint + QChar(u'\n') + key;
}

} // namespace

Idempotency::Seen Idempotency::check(const QString &endpoint, const QString &key, const QJsonObject &body) const
{
    const auto it = m_entries.constFind(slot(endpoint, key));
    if (it == m_entries.constEnd())
        return {};
    return {true, it->hash == canonicalHash(body), it->id};
}

void Idempotency::remember(const QString &endpoint, const QString &key, const QJsonObject &body, const QString &id)
{
    m_entries.insert(slot(endpoint, key), {canonicalHash(body), id});
}

} // namespace kiosk::squaresim
