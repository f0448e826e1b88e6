#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace kiosk::squaresim {

// Square's idempotency keys, per endpoint: the same key with the same body gets the object the
// first request made; with another body, 400 IDEMPOTENCY_KEY_REUSED
// (https://developer.squareup.com/docs/build-basics/common-api-patterns/idempotency).
class Idempotency
{
public:
    struct Seen
    {
        bool known = false;
        bool sameBody = false;
        QString id; // what the first request made
    };

    Seen check(const QString &endpoint, const QString &key, const QJsonObject &body) const;
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
