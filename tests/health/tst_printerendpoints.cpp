// The listener's printer endpoints on a running HealthMonitor: GET /printer with the state and
// the given-up tickets the kiosk reported, POST /printer/test and /printer/reprint/<number>
// through the kiosk's handlers (202, 404, 409, and 503 until they are set), the strict order
// number, the staff token they need and the audit each leaves.
#include "health/healthmonitor.h"
#include "healthfixture.h"
#include "staff/stafftoken.h"
#include "support/fakenotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestPrinterEndpoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    QByteArray m_authorization;
    QStringList m_audited; // "action: detail"

    std::unique_ptr<HealthMonitor> startMonitor()
    {
        return test::startStaffMonitor(m_dir.filePath(u"kiosk.db"_s), m_dir.path(), &m_authorization, &m_audited);
    }

    test::HttpReply staff(const QByteArray &verb, quint16 port, const char *path)
    {
        return test::request(m_nam, verb, port, path, m_authorization);
    }

    static QJsonObject json(const test::HttpReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object();
    }

private slots:
    void statusWithoutAPrinter()
    {
        auto monitor = startMonitor();
        const test::HttpReply reply = staff("GET", monitor->httpPort(), "/printer");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        const QJsonObject body = json(reply);
        QCOMPARE(body.value(u"configured"_s), QJsonValue(false));
        QCOMPARE(body.value(u"state"_s), QJsonValue(u"not_configured"_s));
        QCOMPARE(body.value(u"failed_tickets"_s).toArray().size(), 0);
        QCOMPARE(m_audited, QStringList{u"http_printer_status: "_s});
    }

    void statusShowsWhatTheKioskReported()
    {
        auto monitor = startMonitor();
        const QDateTime at(QDate(2026, 12, 6), QTime(22, 0), Qt::UTC);
        PrinterStatus status;
        status.state = PrinterStatus::State::PaperOut;
        status.detail = u"paper end"_s;
        status.paperNearEnd = true;
        status.at = at;
        const FailedTicket ticket{u"0b6f-order"_s, u"K1-042"_s, at.addSecs(-150), at.addSecs(-30), 13,
                                  u"out of paper"_s};
        monitor->reportPrinter(status, {ticket}, 40, 1);

        const QJsonObject body = json(staff("GET", monitor->httpPort(), "/printer"));
        QCOMPARE(body.value(u"configured"_s), QJsonValue(true));
        QCOMPARE(body.value(u"state"_s), QJsonValue(u"paper_out"_s));
        QCOMPARE(body.value(u"detail"_s), QJsonValue(u"paper end"_s));
        QCOMPARE(body.value(u"paper_near_end"_s), QJsonValue(true));
        QCOMPARE(body.value(u"at"_s), QJsonValue(u"2026-12-06T22:00:00.000Z"_s));
        QCOMPARE(body.value(u"printed"_s), QJsonValue(40));
        QCOMPARE(body.value(u"given_up"_s), QJsonValue(1));
        const QJsonArray failed = body.value(u"failed_tickets"_s).toArray();
        QCOMPARE(failed.size(), 1);
        const QJsonObject first = failed.at(0).toObject();
        QCOMPARE(first.value(u"label"_s), QJsonValue(u"K1-042"_s));
        QCOMPARE(first.value(u"queued_at"_s), QJsonValue(u"2026-12-06T21:57:30.000Z"_s));
        QCOMPARE(first.value(u"gave_up_at"_s), QJsonValue(u"2026-12-06T21:59:30.000Z"_s));
        QCOMPARE(first.value(u"attempts"_s), QJsonValue(13));
        QCOMPARE(first.value(u"last_error"_s), QJsonValue(u"out of paper"_s));

        // The printer switched off in a reload: nothing configured any more.
        monitor->reportPrinter(PrinterStatus(), {}, 40, 1);
        QCOMPARE(json(staff("GET", monitor->httpPort(), "/printer")).value(u"configured"_s), QJsonValue(false));
    }

    void testTicket()
    {
        auto monitor = startMonitor();
        const quint16 port = monitor->httpPort();
        QCOMPARE(staff("POST", port, "/printer/test").status, 503);
        bool configured = true;
        int tests = 0;
        monitor->setPrinterTestHandler([&] {
            ++tests;
            return configured;
        });
        test::HttpReply reply = staff("POST", port, "/printer/test");
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("test ticket queued\n"));
        configured = false;
        reply = staff("POST", port, "/printer/test");
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.body, QByteArray("no printer is configured\n"));
        QCOMPARE(tests, 2);
        QCOMPARE(staff("GET", port, "/printer/test").status, 405);
        QCOMPARE(m_audited, QStringList({u"http_printer_test: "_s, u"http_printer_test: no printer"_s}));
    }

    void reprint()
    {
        auto monitor = startMonitor();
        const quint16 port = monitor->httpPort();
        QCOMPARE(staff("POST", port, "/printer/reprint/K1-042").status, 503);
        QStringList asked;
        bool configured = true;
        monitor->setReprintHandler([&](const QString &number) {
            asked.append(number);
            if (!configured)
                return ReprintAnswer::NoPrinter;
            return number == u"K1-042"_s ? ReprintAnswer::Queued : ReprintAnswer::NoSuchOrder;
        });
        test::HttpReply reply = staff("POST", port, "/printer/reprint/K1-042");
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("ticket for order K1-042 queued\n"));
        reply = staff("POST", port, "/printer/reprint/K1-999");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray("no order K1-999\n"));
        configured = false;
        QCOMPARE(staff("POST", port, "/printer/reprint/K1-042").status, 409);
        QCOMPARE(staff("GET", port, "/printer/reprint/K1-042").status, 405);
        QCOMPARE(asked, QStringList({u"K1-042"_s, u"K1-999"_s, u"K1-042"_s}));
        QCOMPARE(m_audited, QStringList({u"http_printer_reprint: K1-042"_s, u"http_printer_reprint: K1-999 no such order"_s,
                                         u"http_printer_reprint: K1-042 no printer"_s}));
    }

    void reprintTakesOnlyAnOrderNumber_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("too long") << QByteArray("/printer/reprint/K1-00000000000000") << 400;
        QTest::newRow("space") << QByteArray("/printer/reprint/K1%20042") << 400;
        QTest::newRow("quote") << QByteArray("/printer/reprint/K1%22042") << 400;
        QTest::newRow("slash") << QByteArray("/printer/reprint/K1/042") << 404;
        QTest::newRow("encoded slash") << QByteArray("/printer/reprint/K1%2F042") << 404;
        QTest::newRow("non-ASCII") << QByteArray("/printer/reprint/K%C3%A9") << 400;
    }

    void reprintTakesOnlyAnOrderNumber()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        auto monitor = startMonitor();
        int asked = 0;
        monitor->setReprintHandler([&](const QString &) {
            ++asked;
            return ReprintAnswer::Queued;
        });
        QCOMPARE(staff("POST", monitor->httpPort(), path.constData()).status, status);
        QCOMPARE(asked, 0);
        QVERIFY(m_audited.isEmpty());
    }

    void printerRoutesNeedTheToken()
    {
        auto monitor = startMonitor();
        const quint16 port = monitor->httpPort();
        int calls = 0;
        monitor->setPrinterTestHandler([&] { return ++calls > 0; });
        monitor->setReprintHandler([&](const QString &) {
            ++calls;
            return ReprintAnswer::Queued;
        });
        for (const auto &[verb, path] : {std::pair{"GET", "/printer"}, {"POST", "/printer/test"},
                                         {"POST", "/printer/reprint/K1-042"}}) {
            QCOMPARE(test::request(m_nam, verb, port, path).status, 401);
            QCOMPARE(test::request(m_nam, verb, port, path, "Bearer wrong").status, 401);
        }
        QCOMPARE(calls, 0);
        QVERIFY(m_audited.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrinterEndpoints)
#include "tst_printerendpoints.moc"
