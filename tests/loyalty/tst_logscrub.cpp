// Privacy: phone numbers, member numbers and card codes never reach a log. The real stack (a
// KioskSession with its sync thread, the real refpos binary) runs lookups by phone, member
// number and code, a household, a miss, an order with a redeemed reward, and cached lookups
// with refpos gone, with every kiosk.* category at debug (refpos with every category on);
// then every captured line of both is searched for the seeded identifiers in every format.
#include "loyaltyfixture.h"
#include "sync/curlglobal.h"
#include "ui/cartmodel.h"
#include "kioskservices.h"
#include "ui/kiosksession.h"
#include "ui/loyaltycontroller.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {
const CurlGlobal curlGlobal; // before main() and any thread
constexpr int Patience = 15000;

QMutex logMutex;
QStringList capturedLines; // every message of this process, from any thread
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLines.append(u"%1: %2"_s.arg(QString::fromLatin1(context.category ? context.category : "default"),
                                            message));
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// Every way a seeded identifier could be written out (raw, E.164, national, URL-encoded...).
QStringList forbiddenForms()
{
    QStringList forms;
    for (const QString &national : {u"2065550142"_s, u"2065550177"_s, u"2065550188"_s}) {
        const QString area = national.left(3), exchange = national.mid(3, 3), line = national.mid(6);
        forms << national << u"+1"_s + national << u"%2B1"_s + national
              << u"(%1) %2-%3"_s.arg(area, exchange, line) << u"%1-%2-%3"_s.arg(area, exchange, line)
              << u"%1.%2.%3"_s.arg(area, exchange, line) << u"%1 %2 %3"_s.arg(area, exchange, line)
              << u"%1-%2"_s.arg(exchange, line);
    }
    forms << u"10010042"_s << u"10020077"_s << u"10030077"_s << u"10040088"_s;
    for (const QString &code : {u"HSK-CARD-7Q3F9A"_s, u"HSK-CARD-2M8K4D"_s, u"HSK-CARD-5T1R6W"_s, u"HSK-CARD-9B2N7C"_s})
        forms << code << code.mid(9);
    return forms;
}

// The lines of `text` that show any forbidden form (case-insensitive), each with the form.
QStringList leaks(const QStringList &lines)
{
    QStringList found;
    const QStringList forms = forbiddenForms();
    for (const QString &line : lines) {
        for (const QString &form : forms) {
            if (line.contains(form, Qt::CaseInsensitive))
                found << u"[%1] %2"_s.arg(form, line);
        }
    }
    return found;
}

} // namespace

class TestLogScrub : public QObject
{
    Q_OBJECT

private:
    LoyaltyBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<KioskServices> m_services;
    KioskSession *m_session = nullptr;

    void lookedUp(LoyaltyController *loyalty)
    {
        QSignalSpy spy(loyalty, &LoyaltyController::lookupFinished);
        if (loyalty->state() == LoyaltyController::Looking)
            QVERIFY(spy.wait(Patience));
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"kiosk.*.debug=true"_s);
        previousHandler = qInstallMessageHandler(capture);
        // refpos inherits this: every category of its own at debug, Qt's internals off.
        qputenv("QT_LOGGING_RULES", "*.debug=true;qt.*.debug=false");
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        qunsetenv("QT_LOGGING_RULES");
    }

    void theScannerFindsWhatItLooksFor()
    {
        // The search itself must be able to fail.
        QVERIFY(!leaks({u"kiosk.loyalty: lookup (206) 555-0142"_s}).isEmpty());
        QVERIFY(!leaks({u"GET /v1/loyalty/members?phone=%2B12065550177"_s}).isEmpty());
        QVERIFY(!leaks({u"member 10040088"_s}).isEmpty());
        QVERIFY(!leaks({u"code hsk-card-9b2n7c"_s}).isEmpty());
        QVERIFY(leaks({u"member lookup by phone …42"_s}).isEmpty());
    }

    void lookupsAndAnOrderLeaveNoIdentifierInAnyLog()
    {
        const QString store = m_dir.filePath(u"store"_s);
        QVERIFY(m_backend.writeStore(store, 500));
        m_services = std::make_unique<KioskServices>();
        QString error;
        QVERIFY2(m_services->start({store, m_dir.filePath(u"data"_s), KioskServices::HealthListener::Off}, &error),
                 qPrintable(error));
        m_session = &m_services->session();
        LoyaltyController *loyalty = &m_services->loyalty();
        m_session->startOrder();
        m_session->chooseDineOption(KioskSession::DineOption::DineIn);
        QVERIFY(m_session->openItem(u"classic_burger"_s));
        QVERIFY(m_session->addEditedItem());

        loyalty->lookupPhone(u"(206) 555-0177"_s);
        lookedUp(loyalty);
        QCOMPARE(loyalty->state(), LoyaltyController::ChooseMember);
        loyalty->lookupPhone(u"206-555-0188"_s);
        lookedUp(loyalty);
        QCOMPARE(loyalty->firstName(), u"Noah"_s);
        loyalty->lookupMemberNumber(u"10030077"_s);
        lookedUp(loyalty);
        QCOMPARE(loyalty->firstName(), u"Sara"_s);
        loyalty->lookupCode(u"HSK-CARD-2M8K4D"_s);
        lookedUp(loyalty);
        QCOMPARE(loyalty->firstName(), u"Sam"_s);
        loyalty->lookupPhone(u"2065550142"_s);
        lookedUp(loyalty);
        QCOMPARE(loyalty->firstName(), u"Maria"_s);
        QVERIFY(loyalty->redeem(u"two_dollars_off"_s));
        QVERIFY(m_session->checkout());
        QTRY_VERIFY_WITH_TIMEOUT(loyalty->lastPointsEarned() >= 0, Patience);
        m_session->endOrder();

        // refpos gone: answered from the cache, and a member number never seen.
        const QString refposLog = QString::fromUtf8(m_backend.refpos.standardError());
        m_backend.refpos.kill();
        m_session->startOrder();
        loyalty->lookupCode(u"HSK-CARD-2M8K4D"_s); // Sam's card, scanned online above
        lookedUp(loyalty);
        QCOMPARE(loyalty->state(), LoyaltyController::Found);
        QVERIFY(loyalty->fromCache());
        loyalty->lookupMemberNumber(u"10040088"_s);
        lookedUp(loyalty);
        QCOMPARE(loyalty->state(), LoyaltyController::Unavailable); // Noah was asked by phone only
        m_session->endOrder();
        m_session = nullptr;
        m_services.reset();

        QStringList kioskLines;
        {
            const QMutexLocker lock(&logMutex);
            kioskLines = capturedLines;
        }
        const QStringList refposLines = refposLog.split(u'\n', Qt::SkipEmptyParts);
        // Both logs really were captured, at debug: the search below has something to search.
        QVERIFY2(kioskLines.filter(u"kiosk.loyalty: member lookup by"_s).size() >= 7,
                 qPrintable(kioskLines.join(u'\n')));
        QVERIFY(!kioskLines.filter(u"kiosk.sync"_s).isEmpty());
        QVERIFY2(refposLines.filter(u"/v1/loyalty/members"_s).size() >= 5, qPrintable(refposLog));
        QVERIFY(!refposLines.filter(u"/v1/orders"_s).isEmpty());

        const QStringList found = leaks(kioskLines) + leaks(refposLines);
        QVERIFY2(found.isEmpty(), qPrintable(u"identifiers in the logs:\n"_s + found.join(u'\n')));
    }
};

QTEST_MAIN(TestLogScrub)
#include "tst_logscrub.moc"
