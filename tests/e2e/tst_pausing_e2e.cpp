// Staff pause an item from diagnostics, end to end: the composition root (KioskServices, as
// main.cpp builds it) on a contract v1 backend menu sends the pause through the outbox and the
// real sync thread to the real refpos, whose GET /v1/menu then offers the item unavailable,
// and the resume back; on a menu.json store the pause stays on the kiosk (no outbox entry) and
// is still applied to what customers see. Which stores share a pause (pauseSharing) too.
#include "backendchoice.h"
#include "kioskservices.h"
#include "storage/database.h"
#include "storage/itempauses.h"
#include "storage/outbox.h"
#include "storage/staffaudit.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "support/storecopy.h"
#include "support/tokenfile.h"
#include "ui/diagnosticscontroller.h"
#include "ui/menudiagnostics.h"
#include "ui/menuitemlistmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const QString Item = u"classic_burger"_s;
const QString SamplePin = u"2468"_s;
const QByteArray Token = "pausing-e2e-token";

// Whether the menu customers see offers `itemId` (its category listed, the item's row).
bool shownAvailable(KioskServices &services, const QString &categoryId, const QString &itemId)
{
    MenuItemListModel &items = services.items();
    items.setCategoryId(categoryId);
    for (int row = 0; row < items.rowCount(); ++row) {
        if (items.itemIdAt(row) == itemId)
            return items.data(items.index(row), MenuItemListModel::AvailableRole).toBool();
    }
    return false;
}

int outboxEntries(KioskServices &services, const QString &kind)
{
    Statement st = services.database().prepare("SELECT count(*) FROM outbox WHERE kind = ?1");
    st.bind(1, kind);
    return st.next() ? int(st.int64(0)) : -1;
}

QStringList auditActions(KioskServices &services)
{
    QStringList actions;
    for (const StaffAudit::Entry &entry : StaffAudit(services.database()).recent(100))
        actions.prepend(entry.action);
    return actions;
}

} // namespace

class TestPausingE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    test::HttpClient m_http;

    bool availableAtRefpos(const QString &itemId)
    {
        for (const QJsonValue &item : m_http.get(m_refpos->url(u"/v1/menu"_s)).json().value(u"items"_s).toArray()) {
            if (item.toObject().value(u"id"_s).toString() == itemId)
                return item.toObject().value(u"available"_s).toBool(true);
        }
        return false;
    }

    // A kiosk on a copy of the sample store with `changes`, unlocked for staff.
    std::unique_ptr<KioskServices> startKiosk(const QString &name, const QJsonObject &changes)
    {
        const QString store = m_dir.filePath(name + u"-store"_s);
        if (!test::copyStore(store, changes))
            return nullptr;
        auto services = std::make_unique<KioskServices>();
        QString error;
        if (!services->start({store, m_dir.filePath(name + u"-data"_s), KioskServices::HealthListener::Off}, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        services->diagnostics().begin(); // the PIN page opens
        if (services->diagnostics().unlock(SamplePin) != DiagnosticsController::UnlockResult::Unlocked)
            return nullptr;
        return services;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tokenFile = m_dir.filePath(u"token"_s);
        QVERIFY(test::writeTokenFile(tokenFile, Token));
        m_http.setToken(Token);
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--menu"_s, test::sampleMenuFile(), u"--token-file"_s, tokenFile}, &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_refpos->terminate(), 0); }

    void whichStoresSharePauses()
    {
        KioskConfig kiosk;
        QCOMPARE(pauseSharing(kiosk), ItemPauses::Sharing::LocalOnly); // menu.json
        kiosk.menuSource = KioskConfig::MenuSource::Backend;
        QCOMPARE(pauseSharing(kiosk), ItemPauses::Sharing::WithBackend);
        kiosk.backend.kind = BackendKind::Square;
        QCOMPARE(pauseSharing(kiosk), ItemPauses::Sharing::LocalOnly);
        kiosk.menuSource = KioskConfig::MenuSource::File;
        QCOMPARE(pauseSharing(kiosk), ItemPauses::Sharing::LocalOnly);
    }

    // Contract v1, the backend's menu: the pause reaches refpos (and through its menu the
    // other kiosks), the resume too.
    void pauseAndResumeReachTheBackend()
    {
        const QJsonObject changes{{u"backend"_s, test::loopbackBackend(m_refpos->port(), m_dir.filePath(u"token"_s))},
                                  {u"menu_source"_s, u"backend"_s}};
        const std::unique_ptr<KioskServices> services = startKiosk(u"v1"_s, changes);
        QVERIFY(services);
        MenuDiagnostics *staff = services->diagnostics().menu();
        QVERIFY(staff->sharedWithBackend());
        QVERIFY(availableAtRefpos(Item));
        QVERIFY(shownAvailable(*services, u"burgers"_s, Item));

        QVERIFY2(staff->pause(Item, MenuDiagnostics::Choice::OneHour), qPrintable(staff->lastError()));
        QVERIFY(!shownAvailable(*services, u"burgers"_s, Item)); // at once, before the backend knows
        QCOMPARE(outboxEntries(*services, ItemPauses::outboxKind()), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!availableAtRefpos(Item), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(services->database()).list(OutboxEntry::State::Pending, 10).size(), 0, 15000);

        QVERIFY2(staff->resume(Item), qPrintable(staff->lastError()));
        QVERIFY(shownAvailable(*services, u"burgers"_s, Item));
        QCOMPARE(outboxEntries(*services, ItemPauses::outboxKind()), 2);
        QTRY_VERIFY_WITH_TIMEOUT(availableAtRefpos(Item), 15000);
        QCOMPARE(auditActions(*services).filter(u"item_"_s), (QStringList{u"item_pause"_s, u"item_resume"_s}));
    }

    // menu.json: the pause stays on this kiosk, applied all the same, and survives a restart
    // of the kiosk (the item_pauses table).
    void aFileMenuStoreKeepsThePauseLocally()
    {
        std::unique_ptr<KioskServices> services = startKiosk(u"file"_s, {});
        QVERIFY(services);
        MenuDiagnostics *staff = services->diagnostics().menu();
        QVERIFY(!staff->sharedWithBackend());
        QVERIFY2(staff->pause(Item, MenuDiagnostics::Choice::UntilNextBusinessDay), qPrintable(staff->lastError()));
        QVERIFY(!shownAvailable(*services, u"burgers"_s, Item));
        QCOMPARE(outboxEntries(*services, ItemPauses::outboxKind()), 0);
        QCOMPARE(auditActions(*services).filter(u"item_"_s), QStringList{u"item_pause"_s});

        services.reset(); // one kiosk on the database at a time
        services = startKiosk(u"file"_s, {});
        QVERIFY(services);
        QVERIFY(!shownAvailable(*services, u"burgers"_s, Item));
        QVERIFY(services->diagnostics().menu()->resume(Item));
        QVERIFY(shownAvailable(*services, u"burgers"_s, Item));
    }

    // Staff's actions need the PIN, and an item of the menu.
    void refusedWhenLockedOrUnknown()
    {
        const std::unique_ptr<KioskServices> services = startKiosk(u"refused"_s, {});
        QVERIFY(services);
        MenuDiagnostics *staff = services->diagnostics().menu();
        QVERIFY(!staff->pause(u"no_such_item"_s, MenuDiagnostics::Choice::OneHour));
        QCOMPARE(staff->lastError(), u"no item \"no_such_item\" on the menu"_s);
        services->diagnostics().exit();
        QVERIFY(!staff->pause(Item, MenuDiagnostics::Choice::OneHour));
        QCOMPARE(staff->lastError(), u"diagnostics are locked"_s);
        QVERIFY(shownAvailable(*services, u"burgers"_s, Item));
        QVERIFY(ItemPauses(services->database()).active(services->nowUtc())->isEmpty());
    }

    // A pause ends on its own at its until: the clock the composition root was given moves on.
    void aPauseEndsOnItsOwn()
    {
        const std::unique_ptr<KioskServices> services = startKiosk(u"expiry"_s, {});
        QVERIFY(services);
        QVERIFY(services->diagnostics().menu()->pause(Item, MenuDiagnostics::Choice::OneHour));
        QVERIFY(!shownAvailable(*services, u"burgers"_s, Item));
        // Restarted on a clock an hour and a second later: the pause is over.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3601);
        services->stop();
        auto restarted = std::make_unique<KioskServices>();
        QString error;
        KioskServices::Options options{m_dir.filePath(u"expiry-store"_s), m_dir.filePath(u"expiry-data"_s),
                                       KioskServices::HealthListener::Off};
        options.nowUtc = [later] { return later; };
        QVERIFY2(restarted->start(options, &error), qPrintable(error));
        QVERIFY(shownAvailable(*restarted, u"burgers"_s, Item));
    }
};

QTEST_MAIN(TestPausingE2e)
#include "tst_pausing_e2e.moc"
