// The diagnostics Menu page's data on a real kiosk.db: every item of a category with its state
// on the store's clock (America/New_York here), the list under QAbstractItemModelTester and
// updated in place; Pause and Resume through ItemPauses (rows, audit), refused while locked or
// for an unknown item; a pause that ended shows on sale again.
#include "modelspies.h"
#include "storage/database.h"
#include "storage/itempauses.h"
#include "storage/staffaudit.h"
#include "support/database.h"
#include "ui/menudiagnostics.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

MenuItem item(const QString &id, const QString &category, bool available = true)
{
    MenuItem item;
    item.id = id;
    item.categoryId = category;
    item.name.byLanguage = {{u"en"_s, id.toUpper()}, {u"es"_s, id}};
    item.available = available;
    return item;
}

Menu sampleMenu()
{
    Category burgers{u"burgers"_s, {{{u"en"_s, u"Burgers"_s}}}, {}};
    Category sides{u"sides"_s, {{{u"en"_s, u"Sides"_s}}}, {}};
    return Menu({burgers, sides}, {},
                {item(u"classic"_s, u"burgers"_s), item(u"bacon"_s, u"burgers"_s, false), item(u"fries"_s, u"sides"_s)});
}

QVariant value(const PausableItemListModel &model, int row, PausableItemListModel::Role role)
{
    return model.data(model.index(row), role);
}

} // namespace

class TestMenuDiagnostics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ItemPauses> m_pauses;
    std::unique_ptr<MenuDiagnostics> m_page;
    // Saturday 14 March 2026, 11:00 in New York (EDT, UTC-4).
    QDateTime m_now = QDateTime(QDate(2026, 3, 14), QTime(15, 0), Qt::UTC);

private slots:
    void init()
    {
        m_db = test::openDb(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".db"_s));
        QVERIFY(m_db);
        m_pauses = std::make_unique<ItemPauses>(*m_db, ItemPauses::Sharing::LocalOnly);
        m_page = std::make_unique<MenuDiagnostics>();
        m_page->setClock([this] { return m_now; });
        m_page->setStoreTime(QTimeZone("America/New_York"), QTime(4, 0));
        m_page->setPauses(m_pauses.get());
        m_page->setMenu(sampleMenu(), u"en"_s);
        m_page->setUnlocked(true);
    }

    void listsACategoryAtATime()
    {
        PausableItemListModel &model = *m_page->items();
        test::ModelSpies spies(&model);
        QCOMPARE(m_page->categoryIds(), (QStringList{u"burgers"_s, u"sides"_s}));
        QCOMPARE(m_page->categoryNames(), (QStringList{u"Burgers"_s, u"Sides"_s}));
        QCOMPARE(m_page->category(), u"burgers"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(value(model, 0, PausableItemListModel::NameRole), u"CLASSIC"_s);
        QCOMPARE(value(model, 0, PausableItemListModel::PausedRole), false);
        QCOMPARE(value(model, 1, PausableItemListModel::SoldOutRole), true); // "available": false
        QVERIFY(!m_page->sharedWithBackend());

        m_page->setCategory(u"sides"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, 0, PausableItemListModel::ItemIdRole), u"fries"_s);
        m_page->setCategory(u"no_such_category"_s);
        QCOMPARE(m_page->category(), u"sides"_s);
    }

    // A category of meals only has nothing to pause (a meal is paused through its parts): no
    // tab, and it is never the one listed, even when it comes first.
    void aCategoryOfMealsOnlyHasNoTab()
    {
        Category meals{u"meals"_s, {{{u"en"_s, u"Meals"_s}}}, {}};
        Category burgers{u"burgers"_s, {{{u"en"_s, u"Burgers"_s}}}, {}};
        Combo meal;
        meal.id = u"classic_meal"_s;
        meal.categoryId = u"meals"_s;
        meal.steps = {ComboStep{u"main"_s, {}, 1, {ComboChoice{u"classic"_s, 0}}}};
        m_page->setMenu(Menu({meals, burgers}, {}, {item(u"classic"_s, u"burgers"_s)}, {}, {meal}), u"en"_s);
        QCOMPARE(m_page->categoryIds(), QStringList{u"burgers"_s});
        QCOMPARE(m_page->categoryNames(), QStringList{u"Burgers"_s});
        QCOMPARE(m_page->category(), u"burgers"_s);
        m_page->setCategory(u"meals"_s);
        QCOMPARE(m_page->category(), u"burgers"_s);
    }

    void pauseShowsUntilWhenOnTheStoreClock()
    {
        PausableItemListModel &model = *m_page->items();
        QSignalSpy applied(m_page.get(), &MenuDiagnostics::pausesChanged);
        test::ModelSpies spies(&model);
        QVERIFY(m_page->pause(u"classic"_s, MenuDiagnostics::Choice::OneHour));
        QVERIFY(spies.inPlace());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(value(model, 0, PausableItemListModel::PausedRole), true);
        QCOMPARE(value(model, 0, PausableItemListModel::UntilTimeRole), u"12:00"_s);
        QCOMPARE(value(model, 0, PausableItemListModel::UntilDayRole), 0);

        QVERIFY(m_page->pause(u"classic"_s, MenuDiagnostics::Choice::UntilNextBusinessDay));
        QCOMPARE(value(model, 0, PausableItemListModel::UntilTimeRole), u"04:00"_s);
        QCOMPARE(value(model, 0, PausableItemListModel::UntilDayRole), 1);
        QCOMPARE(value(model, 0, PausableItemListModel::UntilDateRole), u"2026-03-15"_s);
        QCOMPARE(m_pauses->active(m_now)->constFirst().until, QDateTime(QDate(2026, 3, 15), QTime(8, 0), Qt::UTC));

        QVERIFY(m_page->resume(u"classic"_s));
        QCOMPARE(value(model, 0, PausableItemListModel::PausedRole), false);
        QCOMPARE(applied.size(), 3);
        QStringList actions;
        for (const StaffAudit::Entry &entry : StaffAudit(*m_db).recent(10))
            actions.prepend(entry.action);
        QCOMPARE(actions, (QStringList{u"item_pause"_s, u"item_pause"_s, u"item_resume"_s}));
        QCOMPARE(m_page->lastError(), QString());
    }

    void aPauseThatEndedIsOnSaleAgain()
    {
        QVERIFY(m_page->pause(u"classic"_s, MenuDiagnostics::Choice::FourHours));
        QCOMPARE(value(*m_page->items(), 0, PausableItemListModel::UntilTimeRole), u"15:00"_s);
        m_now = m_now.addSecs(4 * 3600);
        m_page->refresh();
        QCOMPARE(value(*m_page->items(), 0, PausableItemListModel::PausedRole), false);
    }

    void refusedWhenLockedOrUnknownOrWithoutStorage()
    {
        QSignalSpy applied(m_page.get(), &MenuDiagnostics::pausesChanged);
        QVERIFY(!m_page->pause(u"nope"_s, MenuDiagnostics::Choice::OneHour));
        QCOMPARE(m_page->lastError(), u"no item \"nope\" on the menu"_s);
        m_page->setUnlocked(false);
        QVERIFY(!m_page->pause(u"classic"_s, MenuDiagnostics::Choice::OneHour));
        QVERIFY(!m_page->resume(u"classic"_s));
        QCOMPARE(m_page->lastError(), u"diagnostics are locked"_s);
        m_page->setUnlocked(true);
        m_page->setPauses(nullptr);
        QVERIFY(!m_page->pause(u"classic"_s, MenuDiagnostics::Choice::OneHour));
        QCOMPARE(m_page->lastError(), u"pausing is not available on this kiosk"_s);
        QCOMPARE(applied.size(), 0);
        QVERIFY(m_pauses->active(m_now)->isEmpty());
        QCOMPARE(StaffAudit(*m_db).recent(10).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMenuDiagnostics)
#include "tst_menudiagnostics.moc"
