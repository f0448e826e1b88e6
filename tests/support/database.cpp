#include "support/database.h"

#include "storage/outbox.h"

namespace kiosk::test {

std::unique_ptr<Database> openDb(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return db;
}

void enqueue(Database &db, const QString &kind, const QString &key, qint64 ageS, const QDateTime &now,
             const QByteArray &body)
{
    Outbox outbox(db);
    if (!outbox.enqueue(kind, key, body, now.addSecs(-ageS)))
        qFatal("enqueue failed: %s", qPrintable(outbox.lastError()));
}

void setState(Database &db, const QString &key, const char *state)
{
    Statement st = db.prepare("UPDATE outbox SET state = ?1 WHERE key = ?2");
    if (!st.bind(1, QString::fromLatin1(state)).bind(2, key).exec())
        qFatal("update failed: %s", qPrintable(db.lastError()));
}

void makeDatabase(const QString &path, int entries, const QDateTime &now)
{
    auto db = openDb(path);
    for (int i = 0; i < entries; ++i) {
        enqueue(*db, QStringLiteral("order"), QStringLiteral("order-%1").arg(i), entries - i, now,
                QByteArray(R"({"note":")") + QByteArray(1000, char('a' + i % 26)) + R"("})");
    }
}

QList<qint64> outboxLeafPages(const QString &path)
{
    auto db = openDb(path);
    QList<qint64> leaves;
    Statement st = db->prepare("SELECT pageno FROM dbstat WHERE name = 'outbox' AND pagetype = 'leaf' ORDER BY pageno");
    while (st.next())
        leaves.append(st.int64(0));
    if (!db->exec("PRAGMA wal_checkpoint(TRUNCATE)"))
        qFatal("checkpoint failed: %s", qPrintable(db->lastError()));
    return leaves;
}

} // namespace kiosk::test
