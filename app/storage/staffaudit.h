#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kiosk {

class Database;

// What staff did in diagnostics, on the `staff_audit` table (schema 3): one row per action,
// written the moment it happens. The detail never holds a PIN, a phone number or a member id.
class StaffAudit
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString action; // "pin_ok", "pin_wrong", "pin_lockout", "outbox_retry", ...
        QString detail;
    };

    explicit StaffAudit(Database &db) : m_db(db) {}

    bool record(const QString &action, const QString &detail, const QDateTime &now);
    // The most recent first.
    QList<Entry> recent(int limit = 100);
    QString lastError() const;

private:
    Database &m_db;
};

} // namespace kiosk
