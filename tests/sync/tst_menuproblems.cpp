// What a backend's adapter could not map into the kiosk's menu (Square's catalog objects) reaches
// staff: the sync thread says it once, and diagnostics shows it, one object per line.
#include "fakebackendport.h"
#include "syncfixture.h"

#include "storage/staffaudit.h"
#include "support/files.h"
#include "sync/syncservice.h"
#include "ui/diagnosticscontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestMenuProblems : public QObject
{
    Q_OBJECT

private slots:
    void diagnosticsListsWhatTheAdapterCouldNotMap()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"kiosk.db"_s);
        std::unique_ptr<Database> db = test::openDb(dbPath);
        StaffAudit audit(*db);
        DiagnosticsController diagnostics(*db, audit);
        QCOMPARE(diagnostics.menuProblemsText(), QString());

        test::FakeBackendPort backend;
        const QString menuDir = test::minimalConfigDir();
        backend.setMenu(test::readFile(menuDir + u"/menu.json"_s), u"m1"_s);
        backend.setMenuProblems({u"ITEM W62U (Latte): variable price"_s,
                                 u"TAX P7PH (City tax): applied through a product set"_s});
        SyncSettings settings = test::fastSettings(1, QString(), menuDir);
        settings.menuPollIntervalMs = 100;
        SyncService sync(settings, dbPath, backend.factory());
        diagnostics.setSync(&sync);
        QSignalSpy changed(&diagnostics, &DiagnosticsController::menuProblemsChanged);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(diagnostics.menuProblemsText(),
                                  u"ITEM W62U (Latte): variable price\nTAX P7PH (City tax): applied through a product set"_s,
                                  15000);
        // A catalog that maps whole clears the list.
        backend.setMenuProblems({});
        backend.setMenu(test::readFile(menuDir + u"/menu.json"_s) + ' ', u"m2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(diagnostics.menuProblemsText(), QString(), 15000);
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMenuProblems)
#include "tst_menuproblems.moc"
