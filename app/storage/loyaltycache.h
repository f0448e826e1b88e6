#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace kiosk {

class Database;

// Members seen recently, for lookups while the backend is unreachable (table loyalty_cache).
// A row is keyed by an HMAC-SHA256 of the lookup's kind and normalised identifier, never the
// identifier itself. The HMAC key is 32 random bytes in a file beside the database
// (keyFileFor(): loyalty-cache.key, 0600), never in it, so a copied kiosk.db alone does not
// reveal which phone numbers were looked up: without the key, trying every number gives
// nothing. A lost key file is a new key and an empty cache. Rows live for a TTL and are purged
// after it. A member's points as cached are lowered by what orders redeemed since the backend
// answered (table loyalty_redemptions, written with each order). Used on the sync thread only.
class LoyaltyCache
{
public:
    using Clock = std::function<QDateTime()>; // UTC; tests move it to check expiry

    struct Hit
    {
        QByteArray members; // the JSON array, as store() was given it
        QDateTime fetchedAt;
    };

    static constexpr int KeySize = 32;

    // `keyFile`: where the HMAC key is kept (keyFileFor() of the database in production).
    LoyaltyCache(Database &db, QString keyFile, Clock clock = {});

    // <the database's folder>/loyalty-cache.key
    static QString keyFileFor(const QString &databasePath);

    // Reads the key file, creating it on first start; a new key empties the cache (rows keyed
    // by a lost key can never be found). False (and lastError()) when the key cannot be made
    // or read, after which the cache stores and finds nothing.
    bool open();

    // Whether open() succeeded: without its key the cache stores and finds nothing.
    bool isOpen() const { return !m_key.isEmpty(); }

    // `kind` is "phone", "member" or "code"; `identifier` is already normalised (E.164 phone).
    QString lookupKey(const QString &kind, const QString &identifier) const;
    // Replaces the row for this lookup; it expires `ttlHours` from now (<= 0: not cached).
    bool store(const QString &kind, const QString &identifier, const QByteArray &membersJsonArray,
               int ttlHours);
    // Puts one member (a JSON object with an "id") into the row for this lookup, replacing the
    // member of the same id and keeping the others (a household shares a phone). The row keeps
    // its fetched_at, so redemptions since that answer still lower the others' points; a new
    // row is fetched now. It expires `ttlHours` from now, or later if it did already. Runs in
    // the caller's transaction when there is one (a kiosk enrolment: with its outbox entry).
    bool addMember(const QString &kind, const QString &identifier, const QJsonObject &member, int ttlHours);
    // Takes a member out of the row for this lookup (an enrolment the backend refused: nobody
    // has that member); the row goes when nobody is left in it.
    bool removeMember(const QString &kind, const QString &identifier, const QString &memberId);
    // The row for this lookup while it has not expired.
    std::optional<Hit> find(const QString &kind, const QString &identifier);
    // The points orders of `memberId` redeemed that the backend had not received when it gave
    // the answer cached at `fetchedAt` (placed later, or still undelivered then): what a cached
    // balance must be lowered by. 0 on a storage error.
    int pointsRedeemedSince(const QString &memberId, const QDateTime &fetchedAt);
    // Deletes expired rows, and the redemptions no cached answer can predate any more; how many
    // rows of the cache, or -1 on error.
    int purgeExpired();
    int rowCount();

    QString lastError() const { return m_error; }

private:
    QDateTime now() const;
    // Reads the row's members (none when there is no live row), lets `edit` change them, and
    // writes them back keeping fetched_at; a new row is fetched now and expires `ttlHours` from
    // now (a row that would be new with ttlHours <= 0 is not written).
    bool editMembers(const QString &kind, const QString &identifier, int ttlHours,
                     const std::function<void(QJsonArray &)> &edit);

    Database &m_db;
    QString m_keyFile;
    Clock m_clock;
    QByteArray m_key;
    QString m_error;
};

} // namespace kiosk
