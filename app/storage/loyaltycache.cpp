#include "storage/loyaltycache.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace kiosk {

namespace {

const char *const SaltKey = "loyalty_cache_salt";

QString rfc3339(const QDateTime &t)
{
    // One fixed format, so the text compares in time order inside SQLite.
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray newSalt()
{
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return salt.toHex();
}

} // namespace

LoyaltyCache::LoyaltyCache(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime LoyaltyCache::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool LoyaltyCache::open()
{
    // Made once per kiosk: a second connection racing here keeps the first salt (OR IGNORE).
    Statement insert = m_db.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES (?1, ?2)");
    if (!insert.bind(1, QString::fromLatin1(SaltKey)).bind(2, QString::fromLatin1(newSalt())).exec()) {
        m_error = QStringLiteral("cannot create the loyalty cache salt: %1").arg(m_db.lastError());
        return false;
    }
    Statement select = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    select.bind(1, QString::fromLatin1(SaltKey));
    if (!select.next() || select.text(0).isEmpty()) {
        m_error = QStringLiteral("cannot read the loyalty cache salt: %1").arg(m_db.lastError());
        return false;
    }
    m_salt = select.text(0).toLatin1();
    return true;
}

QString LoyaltyCache::lookupKey(const QString &kind, const QString &identifier) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(QByteArrayView("\n"));
    hash.addData(kind.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(identifier.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool LoyaltyCache::store(const QString &kind, const QString &identifier, const QByteArray &membersJsonArray,
                         int ttlHours)
{
    if (m_salt.isEmpty())
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

std::optional<LoyaltyCache::Hit> LoyaltyCache::find(const QString &kind, const QString &identifier)
{
    if (m_salt.isEmpty())
        return std::nullopt;
    Statement st = m_db.prepare(
        "SELECT members, fetched_at FROM loyalty_cache WHERE lookup_key = ?1 AND expires_at > ?2");
    st.bind(1, lookupKey(kind, identifier)).bind(2, rfc3339(now()));
    if (!st.next())
        return std::nullopt;
    return Hit{st.text(0).toUtf8(), QDateTime::fromString(st.text(1), Qt::ISODateWithMs)};
}

int LoyaltyCache::purgeExpired()
{
    Statement st = m_db.prepare("DELETE FROM loyalty_cache WHERE expires_at <= ?1");
    if (!st.bind(1, rfc3339(now())).exec()) {
        m_error = m_db.lastError();
        return -1;
    }
    Statement changes = m_db.prepare("SELECT changes()");
    return changes.next() ? int(changes.int64(0)) : 0;
}

int LoyaltyCache::rowCount()
{
    Statement st = m_db.prepare("SELECT count(*) FROM loyalty_cache");
    return st.next() ? int(st.int64(0)) : -1;
}

} // namespace kiosk
