// The accessibility mode's controller: which keys switch it on (never a barcode scanner's
// digits), what it says and when, the volume, and the reset at the end of every order
// (through the real composition root on the sample store, with its doubled idle timeout).
#include "../qml/recordingspeechoutput.h"
#include "ui/accessibilitycontroller.h"
#include "kioskservices.h"
#include "ui/kiosksession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using kiosk::AccessibilityController;
using Navigation = AccessibilityController::Navigation;

class TestAccessibilityController : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_window = std::make_unique<QWindow>();
        m_window->resize(200, 200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void navigationKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Navigation>("action");
        QTest::newRow("Tab") << int(Qt::Key_Tab) << Navigation::Next;
        QTest::newRow("Down") << int(Qt::Key_Down) << Navigation::Next;
        QTest::newRow("Right") << int(Qt::Key_Right) << Navigation::Next;
        QTest::newRow("Backtab") << int(Qt::Key_Backtab) << Navigation::Previous;
        QTest::newRow("Up") << int(Qt::Key_Up) << Navigation::Previous;
        QTest::newRow("Left") << int(Qt::Key_Left) << Navigation::Previous;
        QTest::newRow("Return") << int(Qt::Key_Return) << Navigation::Activate;
        QTest::newRow("Enter") << int(Qt::Key_Enter) << Navigation::Activate;
        QTest::newRow("Space") << int(Qt::Key_Space) << Navigation::Activate;
        QTest::newRow("Escape") << int(Qt::Key_Escape) << Navigation::Back;
        QTest::newRow("Back") << int(Qt::Key_Back) << Navigation::Back;
        QTest::newRow("F1") << int(Qt::Key_F1) << Navigation::Help;
        QTest::newRow("Help") << int(Qt::Key_Help) << Navigation::Help;
        QTest::newRow("?") << int(Qt::Key_Question) << Navigation::Help;
        QTest::newRow("digit") << int(Qt::Key_7) << Navigation::None;
        QTest::newRow("letter") << int(Qt::Key_A) << Navigation::None;
    }
    void navigationKeys()
    {
        QFETCH(int, key);
        QFETCH(Navigation, action);
        QCOMPARE(AccessibilityController::navigationFor(key, Qt::NoModifier), action);
    }

    void aNavigationKeySwitchesTheModeOnAndAsksForHelp()
    {
        AccessibilityController controller;
        RecordingSpeechOutput speech;
        controller.setSpeech(&speech);
        QSignalSpy keys(&controller, &AccessibilityController::navigationKeyPressed);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QVERIFY(controller.isEnabled());
        QCOMPARE(keys.count(), 1);
        QCOMPARE(keys.at(0).at(0).value<Navigation>(), Navigation::Help);
        QTest::keyClick(m_window.get(), Qt::Key_Tab);
        QCOMPARE(keys.count(), 2);
        QCOMPARE(keys.at(1).at(0).value<Navigation>(), Navigation::Next);
    }

    void printableKeysNeverSwitchItOn()
    {
        AccessibilityController controller;
        QSignalSpy keys(&controller, &AccessibilityController::navigationKeyPressed);
        // A barcode scanner: digits, then Enter. And Space and "?" are printable too.
        for (const char digit : {'0', '4', '1', '2', '3', '4', '5'})
            QTest::keyClick(m_window.get(), digit);
        QTest::keyClick(m_window.get(), Qt::Key_Return);
        QTest::keyClick(m_window.get(), Qt::Key_Space, Qt::NoModifier);
        QTest::keyClick(m_window.get(), '?');
        QVERIFY(!controller.isEnabled());
        QCOMPARE(keys.count(), 0);
        // An Enter right after typed characters ends them; the next Enter on its own switches on.
        QTest::keyClick(m_window.get(), Qt::Key_Return);
        QVERIFY(!controller.isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Return);
        QVERIFY(controller.isEnabled());
    }

    void speechOnlyWhileOn()
    {
        AccessibilityController controller;
        RecordingSpeechOutput speech;
        controller.setSpeech(&speech);
        controller.speak(QStringLiteral("hidden"));
        controller.announce(QStringLiteral("hidden"));
        QVERIFY(speech.utterances().isEmpty());
        controller.setEnabled(true);
        controller.setLanguage(QStringLiteral("es"));
        controller.speak(QStringLiteral("uno"));
        const int stops = speech.stops();
        controller.announce(QStringLiteral("dos"));
        QCOMPARE(speech.utterances(), QStringList({QStringLiteral("uno"), QStringLiteral("dos")}));
        QCOMPARE(speech.languages(), QStringList({QStringLiteral("es"), QStringLiteral("es")}));
        QCOMPARE(speech.stops(), stops + 1); // announce interrupts, speak queues
    }

    void volumeStaysWithinBounds()
    {
        AccessibilityController controller;
        RecordingSpeechOutput speech;
        controller.setSpeech(&speech);
        QCOMPARE(speech.volume(), AccessibilityController::DefaultVolume / 100.0);
        for (int i = 0; i < 10; ++i)
            controller.louder();
        QCOMPARE(controller.speechVolume(), 100);
        QCOMPARE(speech.volume(), 1.0);
        for (int i = 0; i < 10; ++i)
            controller.quieter();
        QCOMPARE(controller.speechVolume(), 0);
        controller.setSpeechVolume(250);
        QCOMPARE(controller.speechVolume(), 100);
    }

    void largeTextIsAtLeastHalfAgainAsBig()
    {
        AccessibilityController controller;
        QCOMPARE(controller.textScale(), 1.0);
        controller.setLargeText(true);
        QVERIFY(controller.textScale() >= 1.5);
    }

    void theOrdersEndResetsEverythingAndTheIdleTimeDoubles()
    {
        QTemporaryDir data;
        kiosk::KioskServices services;
        QString error;
        QVERIFY2(services.start({QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config"), data.path(),
                                 kiosk::KioskServices::HealthListener::Off},
                                &error),
                 qPrintable(error));
        kiosk::KioskSession &session = services.session();
        AccessibilityController *controller = &services.accessibility();
        RecordingSpeechOutput speech;
        controller->setSpeech(&speech);
        session.startOrder();
        const int timeout = session.idle()->idleTimeoutMs();
        QCOMPARE(session.idle()->effectiveTimeoutMs(), timeout);
        controller->setEnabled(true);
        controller->setHighContrast(true);
        controller->setLargeText(true);
        controller->setLowerScreen(true);
        controller->quieter();
        QCOMPARE(session.idle()->effectiveTimeoutMs(), 2 * timeout);

        QSignalSpy display(controller, &AccessibilityController::displayChanged);
        const int stops = speech.stops();
        session.endOrder();
        QVERIFY(!controller->isEnabled());
        QVERIFY(!controller->highContrast());
        QVERIFY(!controller->largeText());
        QVERIFY(!controller->lowerScreen());
        QCOMPARE(controller->speechVolume(), int(AccessibilityController::DefaultVolume));
        QCOMPARE(display.count(), 1);
        QVERIFY(speech.stops() > stops); // nothing of this customer is still being said
        QCOMPARE(session.idle()->effectiveTimeoutMs(), timeout);
    }

private:
    std::unique_ptr<QWindow> m_window;
};

QTEST_MAIN(TestAccessibilityController)
#include "tst_accessibilitycontroller.moc"
