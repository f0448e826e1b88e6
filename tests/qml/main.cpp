// Runner of the QML tests (tst_*.qml): the kiosk's QML modules are linked in statically and
// found under qrc:/.
#include "ui/recenterrorlog.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KioskPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_ModelsPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Qt Test installs its own handler (it passes nothing on) when the first test case
        // starts, after this: tests that read the Errors page call TestFixture.keepRecentErrors().
        m_errorLog.install();
    }

private:
    // The diagnostics Errors page shows what this keeps, as in the kiosk.
    kiosk::RecentErrorLog m_errorLog;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "main.moc"
