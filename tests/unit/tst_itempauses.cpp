// ItemPauses: a pause or resume is its row, its outbox entry (kind item_availability, key
// "<item id>/<uuid>", the contract v1 body) and its audit row in one transaction; pauses end
// on their own at until.
#include "storage/database.h"
#include "storage/itempauses.h"
#include "storage/outbox.h"
#include "storage/staffaudit.h"

#include <QJsonDocument>
#include <algorithm>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

const QDateTime Now = utc(u"2026-12-07T14:00:00.250Z"_s);
const QDateTime Until = utc(u"2026-12-07T15:00:00Z"_s);

} // namespace

class TestItemPauses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QList<OutboxEntry> queued() { return Outbox(*m_db).list(OutboxEntry::State::Pending); }

private slots:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void pauseIsRowOutboxAndAudit()
    {
        ItemPauses pauses(*m_db);
        QString error;
        QVERIFY2(pauses.pause(u"fries"_s, Until, Now, &error), qPrintable(error));
        QCOMPARE(*pauses.active(Now), (QList<ItemPause>{{u"fries"_s, Until, Now}}));

        const QList<OutboxEntry> entries = queued();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, u"item_availability"_s);
        QVERIFY(entries.first().key.startsWith(u"fries/"_s));
        QVERIFY(!QUuid::fromString(entries.first().key.mid(6)).isNull());
        QCOMPARE(ItemPauses::itemIdOfOutboxKey(entries.first().key), u"fries"_s);
        QCOMPARE(QJsonDocument::fromJson(entries.first().body).object(),
                 (QJsonObject{{u"available"_s, false}, {u"until"_s, u"2026-12-07T15:00:00Z"_s}}));
        QCOMPARE(entries.first().createdAt, Now);

        const QList<StaffAudit::Entry> audit = StaffAudit(*m_db).recent();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"item_pause"_s);
        QCOMPARE(audit.first().detail, u"fries until 2026-12-07T15:00:00Z"_s);
    }

    void resumeEndsThePauseInOrder()
    {
        ItemPauses pauses(*m_db);
        QString error;
        QVERIFY(pauses.pause(u"fries"_s, Until, Now, &error));
        QVERIFY(pauses.pause(u"cola"_s, Until, Now, &error));
        // A second pause of the same item replaces the first.
        QVERIFY(pauses.pause(u"fries"_s, Until.addSecs(3600), Now.addSecs(1), &error));
        QVERIFY2(pauses.resume(u"fries"_s, Now.addSecs(2), &error), qPrintable(error));
        QCOMPARE(*pauses.active(Now.addSecs(2)), (QList<ItemPause>{{u"cola"_s, Until, Now}}));

        // Delivered in the order they were made: the list is newest first.
        QList<OutboxEntry> entries = queued();
        std::reverse(entries.begin(), entries.end());
        QCOMPARE(entries.size(), 4);
        QStringList bodies;
        for (const OutboxEntry &entry : entries)
            bodies.append(ItemPauses::itemIdOfOutboxKey(entry.key) + u' ' + QString::fromUtf8(entry.body));
        QCOMPARE(bodies, (QStringList{u"fries {\"available\":false,\"until\":\"2026-12-07T15:00:00Z\"}"_s,
                                      u"cola {\"available\":false,\"until\":\"2026-12-07T15:00:00Z\"}"_s,
                                      u"fries {\"available\":false,\"until\":\"2026-12-07T16:00:00Z\"}"_s,
                                      u"fries {\"available\":true}"_s}));
        const StaffAudit::Entry last = StaffAudit(*m_db).recent().first();
        QCOMPARE(last.action, u"item_resume"_s);
        QCOMPARE(last.detail, u"fries until 2026-12-07T14:00:02.250Z"_s);
    }

    void pausesEndOnTheirOwn()
    {
        ItemPauses pauses(*m_db);
        QString error;
        QVERIFY(pauses.pause(u"fries"_s, Until, Now, &error));
        QCOMPARE(pauses.active(Until.addMSecs(-1))->size(), 1);
        QVERIFY(pauses.active(Until)->isEmpty());
        // The next write deletes the expired row; an expired pause needs no resume.
        QVERIFY(pauses.pause(u"cola"_s, Until.addSecs(7200), Until, &error));
        Statement rows = m_db->prepare("SELECT count(*) FROM item_pauses");
        QVERIFY(rows.next());
        QCOMPARE(rows.int64(0), 1);
    }

    void pauseMustEndAfterNow()
    {
        ItemPauses pauses(*m_db);
        QString error;
        QVERIFY(!pauses.pause(u"fries"_s, Now, Now, &error));
        QCOMPARE(error, u"a pause of fries must end after now, not at 2026-12-07T14:00:00.250Z"_s);
        QVERIFY(pauses.active(Now)->isEmpty());
        QVERIFY(queued().isEmpty());
        QVERIFY(StaffAudit(*m_db).recent().isEmpty());
    }

    // A file-menu or Square store: the pause is in force and audited, and nothing is queued.
    void localOnlyQueuesNothing()
    {
        ItemPauses pauses(*m_db, ItemPauses::Sharing::LocalOnly);
        QString error;
        QVERIFY2(pauses.pause(u"fries"_s, Until, Now, &error), qPrintable(error));
        QCOMPARE(pauses.active(Now)->size(), 1);
        QVERIFY(pauses.resume(u"fries"_s, Now.addSecs(1), &error));
        QVERIFY(pauses.active(Now.addSecs(1))->isEmpty());
        QVERIFY(queued().isEmpty());
        QCOMPARE(StaffAudit(*m_db).recent().size(), 2);
    }

    // The audit cannot be written: neither the pause nor its outbox entry stays.
    void allOrNothing()
    {
        QVERIFY(m_db->exec("DROP TABLE staff_audit"));
        ItemPauses pauses(*m_db);
        QString error;
        QVERIFY(!pauses.pause(u"fries"_s, Until, Now, &error));
        QVERIFY2(error.startsWith(u"cannot pause fries: "_s), qPrintable(error));
        QVERIFY(!pauses.resume(u"fries"_s, Now, &error));
        QVERIFY(pauses.active(Now)->isEmpty());
        QVERIFY(queued().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestItemPauses)
#include "tst_itempauses.moc"
