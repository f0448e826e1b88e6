#pragma once

#include "squaresim/squarejson.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace kiosk::squaresim {

// Square's idempotency keys, per endpoint: the same key with the same body gets the object the
// first request made; with another body, 400 IDEMPOTENCY_KEY_REUSED
// (https://developer.squareup.com/docs/build-basics/common-api-patterns/idempotency).
class Idempotency
{
public:
    // The answer to a key already used: `replay` of what the first request made (its id) for
    // the same body, 400 IDEMPOTENCY_KEY_REUSED for another; nullopt for a new key.
    std::optional<Response> answer(const QString &endpoint, const QString &key, const QJsonObject &body,
                                   const std::function<Response(const QString &id)> &replay) const;
    void remember(const QString &endpoint, const QString &key, const QJsonObject &body, const QString &id);

private:
    struct Entry
    {
        QByteArray hash;
        QString id;
    };
    QHash<QString, Entry> m_entries; // endpoint + key
};

} // namespace kiosk::squaresim
