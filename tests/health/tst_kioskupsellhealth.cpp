// The suggestion counters of /metrics as the composition root (KioskServices) wires them:
// every rule of the menu listed at zero from the start, and an offer or an acceptance on
// the GUI thread reaching the listener's copy at once.
#include "health/healthmonitor.h"
#include "healthfixture.h"
#include "kioskservices.h"
#include "support/freeport.h"
#include "support/storecopy.h"
#include "ui/kiosksession.h"
#include "ui/suggestioncontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestKioskUpsellHealth : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    QByteArray metrics(KioskServices &services)
    {
        return test::request(m_nam, "GET", services.health()->httpPort(), "/metrics").body;
    }

private slots:
    void offersAndAcceptancesReachMetrics()
    {
        QTemporaryDir config, data;
        QVERIFY(test::copyStore(config.path(), {{u"backend"_s, test::loopbackBackend(test::freePort())}}));
        KioskServices services;
        QString error;
        QVERIFY2(services.start({config.path(), data.path(), KioskServices::HealthListener::AnyFreePort}, &error),
                 qPrintable(error));
        QByteArray text = metrics(services);
        // The sample store's rules, before any offer.
        QVERIFY2(text.contains("kiosk_upsell_offered_total{rule=\"burger_sides\"} 0"), text);
        QVERIFY2(text.contains("kiosk_upsell_offered_total{rule=\"dessert\"} 0"), text);
        QVERIFY2(text.contains("kiosk_upsell_offered_total{rule=\"make_it_a_meal\"} 0"), text);

        KioskSession &session = services.session();
        session.startOrder();
        // No meal's main: the sides rule speaks, not "Make it a meal".
        QVERIFY(session.openItem(u"mushroom_swiss_burger"_s));
        QSignalSpy added(&session, &KioskSession::itemAdded);
        QVERIFY(session.addEditedItem());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toString(), u"mushroom_swiss_burger"_s);
        QVERIFY(!added.at(0).at(1).toString().isEmpty());
        SuggestionController &suggestions = services.suggestions();
        QVERIFY(suggestions.isVisible());
        text = metrics(services);
        QVERIFY2(text.contains("kiosk_upsell_offered_total{rule=\"burger_sides\"} 1"), text);
        QVERIFY2(text.contains("kiosk_upsell_accepted_total{rule=\"burger_sides\"} 0"), text);

        suggestions.accept();
        text = metrics(services);
        QVERIFY2(text.contains("kiosk_upsell_accepted_total{rule=\"burger_sides\"} 1"), text);
    }
};

QTEST_MAIN(TestKioskUpsellHealth)
#include "tst_kioskupsellhealth.moc"
