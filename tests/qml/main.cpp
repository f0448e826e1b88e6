// Runner of the QML tests (tst_*.qml): the kiosk's QML modules are linked in statically and
// found under qrc:/.
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KioskPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_ModelsPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "main.moc"
