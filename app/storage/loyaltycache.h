#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace kiosk {

class Database;

// Members seen recently, for lookups while the backend is unreachable (table loyalty_cache).
// A row is keyed by a salted SHA-256 of the lookup's kind and normalised identifier, never the
// identifier itself: the salt is random per kiosk, made once and kept in the meta table, so a
// copied database does not reveal which phone numbers were looked up. Rows live for a TTL and
// are purged after it. Used on the sync thread only.
class LoyaltyCache
{
public:
    using Clock = std::function<QDateTime()>; // UTC; tests move it to check expiry

    struct Hit
    {
        QByteArray members; // the JSON array, as store() was given it
        QDateTime fetchedAt;
    };

    explicit LoyaltyCache(Database &db, Clock clock = {});

    // Reads the kiosk's salt, creating it on first use; false (and lastError()) on a storage
    // error, after which the cache stores and finds nothing.
    bool open();

    // `kind` is "phone", "member" or "code"; `identifier` is already normalised (E.164 phone).
    QString lookupKey(const QString &kind, const QString &identifier) const;
    // Replaces the row for this lookup; it expires `ttlHours` from now (<= 0: not cached).
    bool store(const QString &kind, const QString &identifier, const QByteArray &membersJsonArray,
               int ttlHours);
    // The row for this lookup while it has not expired.
    std::optional<Hit> find(const QString &kind, const QString &identifier);
    // Deletes expired rows; how many, or -1 on error.
    int purgeExpired();
    int rowCount();

    QString lastError() const { return m_error; }

private:
    QDateTime now() const;

    Database &m_db;
    Clock m_clock;
    QByteArray m_salt;
    QString m_error;
};

} // namespace kiosk
