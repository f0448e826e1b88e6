// Diagnostics' retry and discard of a failed outbox entry and their staff_audit rows commit
// together: when the row cannot be written, the entry is left as it was.
#include "staff/pinhash.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/staffaudit.h"
#include "support/database.h"
#include "support/orderbuilder.h"
#include "ui/diagnosticscontroller.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestDiagnosticsOutboxAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Fixture
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<StaffAudit> audit;
        std::unique_ptr<DiagnosticsController> diagnostics;
        qint64 failedSeq = 0;
    };

    Fixture unlocked(const QString &name)
    {
        Fixture f;
        f.db = test::openDb(m_dir.filePath(name));
        f.failedSeq = test::commitOrder(*f.db, test::burgerOrder(QDateTime::currentDateTimeUtc()));
        if (!Outbox(*f.db).markFailed(f.failedSeq, u"422 total_cents"_s, {}))
            qFatal("cannot fail the entry");
        f.audit = std::make_unique<StaffAudit>(*f.db);
        f.diagnostics = std::make_unique<DiagnosticsController>(*f.db, *f.audit);
        f.diagnostics->setPinHash(hashPin(u"4826"_s, PinHash::MinIterations));
        f.diagnostics->begin();
        if (f.diagnostics->unlock(u"4826"_s) != DiagnosticsController::UnlockResult::Unlocked)
            qFatal("cannot unlock");
        return f;
    }

    static void refuseAudits(Database &db)
    {
        QVERIFY(db.exec("CREATE TRIGGER no_audit BEFORE INSERT ON staff_audit "
                        "BEGIN SELECT RAISE(ABORT, 'the audit is full'); END"));
    }

private slots:
    void retryAndItsRowCommitTogether()
    {
        Fixture f = unlocked(u"retry.db"_s);
        refuseAudits(*f.db);
        QVERIFY(!f.diagnostics->retry(f.failedSeq));
        QCOMPARE(Outbox(*f.db).entry(f.failedSeq)->state, OutboxEntry::State::Failed);

        QVERIFY(f.db->exec("DROP TRIGGER no_audit"));
        QVERIFY(f.diagnostics->retry(f.failedSeq));
        QCOMPARE(Outbox(*f.db).entry(f.failedSeq)->state, OutboxEntry::State::Pending);
        QCOMPARE(f.audit->recent(1).at(0).action, u"outbox_retry"_s);
        QCOMPARE(f.audit->recent(1).at(0).detail, u"seq %1"_s.arg(f.failedSeq));
    }

    void discardAndItsRowCommitTogether()
    {
        Fixture f = unlocked(u"discard.db"_s);
        refuseAudits(*f.db);
        QVERIFY(!f.diagnostics->discard(f.failedSeq));
        QVERIFY(!Outbox(*f.db).entry(f.failedSeq)->discardedAt.isValid());

        QVERIFY(f.db->exec("DROP TRIGGER no_audit"));
        QVERIFY(f.diagnostics->discard(f.failedSeq));
        QVERIFY(Outbox(*f.db).entry(f.failedSeq)->discardedAt.isValid());
        QCOMPARE(f.audit->recent(1).at(0).action, u"outbox_discard"_s);
    }
};

QTEST_MAIN(TestDiagnosticsOutboxAudit)
#include "tst_diagnosticsoutboxaudit.moc"
