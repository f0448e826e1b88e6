// kioskctl and the staff endpoints' credential and audit: it sends the token from the data
// folder, says plainly who may read it when it cannot, and every change it makes leaves a
// staff_audit row, through the kiosk or offline (there in the retry's own transaction).
#include "ctlfixture.h"
#include "support/freeport.h"

#include <QFile>
#include <unistd.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestKioskCtlStaff : public QObject
{
    Q_OBJECT

private:
    StoreFolder m_dir;

private slots:
    void actionsThroughTheKioskAreAudited()
    {
        const Store store = m_dir.newStore();
        RunningKiosk kiosk(store);
        const QString failed = QString::number(store.failedSeq);
        QCOMPARE(runCtl(store.args({u"outbox"_s, u"retry"_s, failed})).status, 0);
        QCOMPARE(runCtl(store.args({u"outbox"_s, u"--failed"_s})).status, 0);
        QCOMPARE(runCtlProcess(store.args({u"sync"_s})).status, 0);
        QCOMPARE(runCtl(store.args({u"config"_s, u"reload"_s})).status, 0);
        QCOMPARE(auditRows(store.dbPath), QStringList({u"http_outbox_retry: seq %1"_s.arg(failed),
                                                       u"http_outbox_list: state=failed limit=100"_s,
                                                       u"http_sync: "_s, u"http_config_reload: "_s}));
    }

    void withoutTheTokenNothingIsDone()
    {
        const Store store = m_dir.newStore();
        RunningKiosk kiosk(store);
        // The kiosk has its token; this user cannot read the file (here: it is gone).
        QVERIFY(QFile::remove(StaffToken::path(store.dataDir)));
        CtlRun run = runCtl(store.args({u"sync"_s}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(u"kioskctl: the kiosk wants its staff token, and kioskctl cannot read it: "
                                    u"cannot read %1"_s.arg(StaffToken::path(store.dataDir))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"run kioskctl as root or as a member of group kiosk"_s), qPrintable(run.err));
        run = runCtl(store.args({u"outbox"_s, u"retry"_s, QString::number(store.failedSeq)}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"group kiosk"_s), qPrintable(run.err));
        QCOMPARE(kiosk.syncs, 0);
        QCOMPARE(Outbox(*kiosk.db).entry(store.failedSeq)->state, OutboxEntry::State::Failed);
        QVERIFY(auditRows(store.dbPath).isEmpty());

        // A file that holds another token: refused just the same, and said so.
        QFile file(StaffToken::path(store.dataDir));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64, 'a') + '\n');
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        run = runCtl(store.args({u"config"_s, u"reload"_s}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(u"kioskctl: the kiosk refused the staff token in "_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString(64, u'a')));
        QCOMPARE(kiosk.reloads, 0);
    }

    void anOfflineRetryIsAuditedInItsTransaction()
    {
        const Store store = m_dir.newStore();
        store.writeConfig(freePort());
        const QString failed = QString::number(store.failedSeq);
        // Refused: nothing changed, so nothing to put on record.
        QCOMPARE(runCtl(store.args({u"outbox"_s, u"retry"_s, QString::number(store.pendingSeq)})).status, 1);
        QVERIFY(auditRows(store.dbPath).isEmpty());

        QCOMPARE(runCtl(store.args({u"outbox"_s, u"retry"_s, failed})).status, 0);
        QCOMPARE(stateOf(store.dbPath, store.failedSeq), OutboxEntry::State::Pending);
        QCOMPARE(auditRows(store.dbPath),
                 QStringList{u"kioskctl_outbox_retry: seq %1, offline, by uid %2"_s.arg(failed).arg(::getuid())});
    }

    void anOfflineRetryThatCannotBeAuditedIsNotDone()
    {
        const Store store = m_dir.newStore();
        store.writeConfig(freePort());
        {
            auto db = openDb(store.dbPath);
            QVERIFY(db->exec("CREATE TRIGGER no_audit BEFORE INSERT ON staff_audit "
                             "BEGIN SELECT RAISE(ABORT, 'the audit is full'); END"));
        }
        const CtlRun run = runCtl(store.args({u"outbox"_s, u"retry"_s, QString::number(store.failedSeq)}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(u"kioskctl: cannot write the staff audit: "_s), qPrintable(run.err));
        QCOMPARE(stateOf(store.dbPath, store.failedSeq), OutboxEntry::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestKioskCtlStaff)
#include "tst_kioskctlstaff.moc"
