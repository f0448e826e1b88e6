#include "storage/staffaudit.h"

#include "storage/database.h"

namespace kiosk {

bool StaffAudit::record(const QString &action, const QString &detail, const QDateTime &now)
{
    Statement st = m_db.prepare("INSERT INTO staff_audit(at, action, detail) VALUES (?1, ?2, ?3)");
    return st.bind(1, now.toUTC().toString(Qt::ISODateWithMs)).bind(2, action).bind(3, detail).exec();
}

QList<StaffAudit::Entry> StaffAudit::recent(int limit)
{
    Statement st = m_db.prepare("SELECT id, at, action, detail FROM staff_audit ORDER BY id DESC LIMIT ?1");
    st.bind(1, qint64(limit));
    QList<Entry> entries;
    while (st.next())
        entries.append({st.int64(0), QDateTime::fromString(st.text(1), Qt::ISODateWithMs), st.text(2), st.text(3)});
    return entries;
}

QString StaffAudit::lastError() const
{
    return m_db.lastError();
}

} // namespace kiosk
