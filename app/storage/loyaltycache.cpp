#include "storage/loyaltycache.h"

#include "storage/database.h"

#include "storage/keyfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace kiosk {

namespace {

QString rfc3339(const QDateTime &t)
{
    // One fixed format, so the text compares in time order inside SQLite.
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

LoyaltyCache::LoyaltyCache(Database &db, QString keyFile, Clock clock)
    : m_db(db), m_keyFile(std::move(keyFile)), m_clock(std::move(clock))
{
}

QString LoyaltyCache::keyFileFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("loyalty-cache.key"));
}

QDateTime LoyaltyCache::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool LoyaltyCache::open()
{
    bool created = false;
    std::optional<QByteArray> key = loadOrCreateKeyFile(m_keyFile, KeySize, &created, &m_error);
    if (!key)
        return false;
    if (created && !m_db.exec("DELETE FROM loyalty_cache")) {
        m_error = QStringLiteral("cannot empty the loyalty cache for its new key: %1").arg(m_db.lastError());
        return false;
    }
    m_key = std::move(*key);
    return true;
}

QString LoyaltyCache::lookupKey(const QString &kind, const QString &identifier) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(kind.toUtf8());
    mac.addData("\n", 1);
    mac.addData(identifier.toUtf8());
    return QString::fromLatin1(mac.result().toHex());
}

bool LoyaltyCache::store(const QString &kind, const QString &identifier, const QByteArray &membersJsonArray,
                         int ttlHours)
{
    if (m_key.isEmpty())
        return false;
    const QString key = lookupKey(kind, identifier);
    if (ttlHours <= 0) {
        Statement del = m_db.prepare("DELETE FROM loyalty_cache WHERE lookup_key = ?1");
        return del.bind(1, key).exec();
    }
    const QDateTime at = now();
    Statement st = m_db.prepare(
        "INSERT INTO loyalty_cache(lookup_key, members, fetched_at, expires_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(lookup_key) DO UPDATE SET members = excluded.members, "
        "fetched_at = excluded.fetched_at, expires_at = excluded.expires_at");
    st.bind(1, key).bind(2, QString::fromUtf8(membersJsonArray)).bind(3, rfc3339(at))
        .bind(4, rfc3339(at.addSecs(qint64(ttlHours) * 3600)));
    if (!st.exec()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

bool LoyaltyCache::addMember(const QString &kind, const QString &identifier, const QJsonObject &member,
                             int ttlHours)
{
    if (ttlHours <= 0)
        return true; // not cached, as store() does
    const QString id = member.value(QLatin1String("id")).toString();
    return editMembers(kind, identifier, ttlHours, [&](QJsonArray &members) {
        for (qsizetype i = members.size() - 1; i >= 0; --i) {
            if (members.at(i).toObject().value(QLatin1String("id")).toString() == id)
                members.removeAt(i);
        }
        members.append(member);
    });
}

bool LoyaltyCache::removeMember(const QString &kind, const QString &identifier, const QString &memberId)
{
    return editMembers(kind, identifier, 0, [&](QJsonArray &members) {
        for (qsizetype i = members.size() - 1; i >= 0; --i) {
            if (members.at(i).toObject().value(QLatin1String("id")).toString() == memberId)
                members.removeAt(i);
        }
    });
}

bool LoyaltyCache::editMembers(const QString &kind, const QString &identifier, int ttlHours,
                               const std::function<void(QJsonArray &)> &edit)
{
    if (m_key.isEmpty()) {
        m_error = QStringLiteral("the loyalty cache is not open");
        return false;
    }
    const QString key = lookupKey(kind, identifier);
    const QDateTime at = now();
    QJsonArray members;
    QDateTime fetchedAt = at;
    QDateTime expiresAt = at.addSecs(qint64(ttlHours) * 3600);
    Statement read = m_db.prepare(
        "SELECT members, fetched_at, expires_at FROM loyalty_cache WHERE lookup_key = ?1 AND expires_at > ?2");
    read.bind(1, key).bind(2, rfc3339(at));
    const bool found = read.next();
    if (found) {
        members = QJsonDocument::fromJson(read.text(0).toUtf8()).array();
        fetchedAt = QDateTime::fromString(read.text(1), Qt::ISODateWithMs);
        expiresAt = std::max(expiresAt, QDateTime::fromString(read.text(2), Qt::ISODateWithMs));
    } else if (ttlHours <= 0) {
        return true; // nothing to edit, and nothing to add
    }
    const qsizetype before = members.size();
    edit(members);
    if (found && members.isEmpty() && before > 0) {
        // The only members were taken out: no answer is truer than an empty one.
        Statement del = m_db.prepare("DELETE FROM loyalty_cache WHERE lookup_key = ?1");
        if (!del.bind(1, key).exec()) {
            m_error = m_db.lastError();
            return false;
        }
        return true;
    }
    Statement st = m_db.prepare(
        "INSERT INTO loyalty_cache(lookup_key, members, fetched_at, expires_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(lookup_key) DO UPDATE SET members = excluded.members, "
        "fetched_at = excluded.fetched_at, expires_at = excluded.expires_at");
    st.bind(1, key).bind(2, QString::fromUtf8(QJsonDocument(members).toJson(QJsonDocument::Compact)))
        .bind(3, rfc3339(fetchedAt)).bind(4, rfc3339(expiresAt));
    if (!st.exec()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

std::optional<LoyaltyCache::Hit> LoyaltyCache::find(const QString &kind, const QString &identifier)
{
    if (m_key.isEmpty())
        return std::nullopt;
    Statement st = m_db.prepare(
        "SELECT members, fetched_at FROM loyalty_cache WHERE lookup_key = ?1 AND expires_at > ?2");
    st.bind(1, lookupKey(kind, identifier)).bind(2, rfc3339(now()));
    if (!st.next())
        return std::nullopt;
    return Hit{st.text(0).toUtf8(), QDateTime::fromString(st.text(1), Qt::ISODateWithMs)};
}

int LoyaltyCache::pointsRedeemedSince(const QString &memberId, const QDateTime &fetchedAt)
{
    // Delivered before the answer: the backend's balance had it already. An order that is not
    // in the outbox any more (retention) was delivered long ago.
    Statement st = m_db.prepare(
        "SELECT coalesce(sum(r.points), 0) FROM loyalty_redemptions r JOIN outbox o ON o.key = r.order_id "
        "WHERE r.member_id = ?1 AND NOT (o.delivered_at IS NOT NULL AND o.delivered_at <= ?2)");
    st.bind(1, memberId).bind(2, rfc3339(fetchedAt));
    return st.next() ? int(st.int64(0)) : 0;
}

int LoyaltyCache::purgeExpired()
{
    Statement st = m_db.prepare("DELETE FROM loyalty_cache WHERE expires_at <= ?1");
    if (!st.bind(1, rfc3339(now())).exec()) {
        m_error = m_db.lastError();
        return -1;
    }
    Statement changes = m_db.prepare("SELECT changes()");
    const int purged = changes.next() ? int(changes.int64(0)) : 0;
    // A redemption matters only to cached answers older than its delivery.
    Statement redemptions = m_db.prepare(
        "DELETE FROM loyalty_redemptions WHERE order_id NOT IN (SELECT key FROM outbox) "
        "OR order_id IN (SELECT key FROM outbox WHERE delivered_at IS NOT NULL "
        "AND delivered_at <= (SELECT coalesce(min(fetched_at), ?1) FROM loyalty_cache))");
    if (!redemptions.bind(1, rfc3339(now())).exec()) {
        m_error = m_db.lastError();
        return -1;
    }
    return purged;
}

int LoyaltyCache::rowCount()
{
    Statement st = m_db.prepare("SELECT count(*) FROM loyalty_cache");
    return st.next() ? int(st.int64(0)) : -1;
}

} // namespace kiosk
