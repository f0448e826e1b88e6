// The payments checks as the composition root (KioskServices) wires them: present while the
// store takes cards, with payment.timeout_s from its kiosk.json, fed by the probe's read of the
// kiosk's own database; absent in a counter-only store.
#include "health/healthmonitor.h"
#include "healthfixture.h"
#include "kioskservices.h"
#include "support/freeport.h"
#include "support/paymentrows.h"
#include "support/storecopy.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestKioskPaymentHealth : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static std::unique_ptr<KioskServices> start(const QString &configDir, const QString &dataDir)
    {
        auto services = std::make_unique<KioskServices>();
        QString error;
        if (!services->start({configDir, dataDir, KioskServices::HealthListener::AnyFreePort}, &error))
            qFatal("cannot start: %s", qPrintable(error));
        return services;
    }

    static const HealthCheck *sampledCheck(KioskServices &services, const QString &key)
    {
        QSignalSpy sampled(services.health(), &HealthMonitor::probeSampled);
        services.health()->sampleNow();
        if (!sampled.wait(5000))
            qFatal("no probe sample");
        return services.health()->report().find(key);
    }

    // The check's status once a sample taken after now has come in (a periodic sample already
    // on its way may arrive first).
    static HealthStatus statusAfterChange(KioskServices &services, const QString &key, HealthStatus expected)
    {
        for (int i = 0; i < 20; ++i) {
            const HealthCheck *check = sampledCheck(services, key);
            if (check && check->status == expected)
                return expected;
        }
        const HealthCheck *check = services.health()->report().find(key);
        return check ? check->status : HealthStatus::Pass;
    }

private slots:
    void aCardStoreReportsItsPayments()
    {
        QTemporaryDir config, data;
        const QJsonObject payment{{u"mode"_s, u"card_or_counter"_s}, {u"terminal_id"_s, u"T1"_s},
                                  {u"timeout_s"_s, 60}};
        QVERIFY(test::copyStore(config.path(), {{u"payment"_s, payment},
                                                {u"backend"_s, test::loopbackBackend(test::freePort())}}));
        auto services = start(config.path(), data.path());
        const HealthCheck *notTaken = sampledCheck(*services, u"payments:notTaken"_s);
        QVERIFY(notTaken);
        QCOMPARE(notTaken->status, HealthStatus::Pass);

        const QString order = test::addCardOrder(services->database(), QDateTime::currentDateTimeUtc(), "paid");
        test::addAttempt(services->database(), u"pay-1"_s, order, PaymentStatus::Completed,
                         QDateTime::currentDateTimeUtc());
        test::setNotTaken(services->database(), order, u"order_not_held"_s);
        QCOMPARE(statusAfterChange(*services, u"payments:notTaken"_s, HealthStatus::Fail), HealthStatus::Fail);
        const test::HttpReply healthz = test::request(m_nam, "GET", services->health()->httpPort(), "/healthz");
        QCOMPARE(healthz.status, 503);
        const test::HttpReply metrics = test::request(m_nam, "GET", services->health()->httpPort(), "/metrics");
        QVERIFY2(metrics.body.contains("kiosk_payment_attempts_total{outcome=\"completed\"} 1"), metrics.body);
        QVERIFY(services->health()->report().find(u"payments:unsettled"_s));
    }

    void aCounterStoreHasNoPaymentsChecks()
    {
        QTemporaryDir config, data;
        QVERIFY(test::copyStore(config.path(), {{u"backend"_s, test::loopbackBackend(test::freePort())}}));
        auto services = start(config.path(), data.path());
        QVERIFY(!sampledCheck(*services, u"payments:notTaken"_s));
        QVERIFY(!services->health()->report().find(u"payments:unsettled"_s));
    }
};

QTEST_MAIN(TestKioskPaymentHealth)
#include "tst_kioskpaymenthealth.moc"
