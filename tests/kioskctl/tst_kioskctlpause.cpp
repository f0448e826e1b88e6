// kioskctl pause ITEM 1h|4h|day and resume ITEM against a real HealthMonitor wired like the
// kiosk: the duration sent as the listener's body, the kiosk's answers (done, no such item),
// the audit rows, a bad id or duration refused before anything is sent.
#include "ctlfixture.h"

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

// The kiosk's pause side: what it was asked, "classic_burger" the one item on its menu.
struct KioskWithPauses
{
    RunningKiosk kiosk;
    QStringList asked; // "<item> <choice>" or "<item> resume"

    explicit KioskWithPauses(const Store &store) : kiosk(store)
    {
        kiosk.monitor->setPauseHandler([this](const QString &itemId, std::optional<PauseChoice> choice) {
            asked.append(itemId + u' ' + (choice ? QString::number(int(*choice)) : u"resume"_s));
            if (itemId != u"classic_burger"_s)
                return PauseOutcome{PauseOutcome::Answer::UnknownItem, {}, {}};
            return PauseOutcome{PauseOutcome::Answer::Done, QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC), {}};
        });
    }
};

} // namespace

class TestKioskCtlPause : public QObject
{
    Q_OBJECT

private:
    StoreFolder m_dir;

private slots:
    void pauseAndResume()
    {
        const Store store = m_dir.newStore();
        KioskWithPauses kiosk(store);
        CtlRun run = runCtlProcess(store.args({u"pause"_s, u"classic_burger"_s, u"1h"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, u"classic_burger paused until 2026-12-07T12:00:00Z\n"_s);
        QCOMPARE(runCtl(store.args({u"pause"_s, u"classic_burger"_s, u"4h"_s})).status, 0);
        QCOMPARE(runCtl(store.args({u"pause"_s, u"classic_burger"_s, u"day"_s})).status, 0);
        run = runCtl(store.args({u"pause"_s, u"fries"_s, u"1h"_s}));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, u"kioskctl: no item fries on the menu\n"_s);
        run = runCtl(store.args({u"resume"_s, u"classic_burger"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, u"classic_burger is on sale again\n"_s);
        QCOMPARE(kiosk.asked, QStringList({u"classic_burger 0"_s, u"classic_burger 1"_s, u"classic_burger 2"_s,
                                           u"fries 0"_s, u"classic_burger resume"_s}));
        QCOMPARE(auditRows(store.dbPath).size(), 5);
        QCOMPARE(auditRows(store.dbPath).value(3), u"http_item_pause: fries no such item"_s);
    }

    void aBadIdOrDurationIsNotSent()
    {
        const Store store = m_dir.newStore();
        KioskWithPauses kiosk(store);
        for (const QString &item : {u"Classic"_s, u"../sync"_s, u""_s}) {
            const CtlRun run = runCtl(store.args({u"resume"_s, item}));
            QCOMPARE(run.status, 64);
            QCOMPARE(run.errLines().value(0), u"kioskctl: resume takes a menu item id: a-z, 0-9 and '_' (classic_burger)"_s);
        }
        const CtlRun run = runCtl(store.args({u"pause"_s, u"classic_burger"_s, u"2h"_s}));
        QCOMPARE(run.status, 64);
        QCOMPARE(run.errLines().value(0), u"kioskctl: pause takes 1h, 4h or day after the item"_s);
        QVERIFY(kiosk.asked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKioskCtlPause)
#include "tst_kioskctlpause.moc"
