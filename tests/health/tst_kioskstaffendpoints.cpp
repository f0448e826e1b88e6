// The staff endpoints as the composition root (KioskServices) wires them on the sample store:
// it makes DATA_DIR/staff.token (0640) at its first start and keeps it, refuses a request
// without it, and audits what a request with it does in the kiosk's own staff_audit table.
#include "health/healthmonitor.h"
#include "healthfixture.h"
#include "kioskservices.h"
#include "staff/stafftoken.h"
#include "storage/database.h"
#include "storage/itempauses.h"
#include "storage/staffaudit.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestKioskStaffEndpoints : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static std::unique_ptr<KioskServices> start(const QString &dataDir)
    {
        auto services = std::make_unique<KioskServices>();
        QString error;
        if (!services->start({QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config"), dataDir,
                              KioskServices::HealthListener::AnyFreePort},
                             &error))
            qFatal("cannot start: %s", qPrintable(error));
        return services;
    }

private slots:
    void theKioskMakesItsTokenAndAuditsItsStaffActions()
    {
        QTemporaryDir dataDir;
        const QString path = StaffToken::path(dataDir.path());
        QVERIFY(!QFile::exists(path));
        auto services = start(dataDir.path());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                                             | QFile::WriteOther | QFile::ExeOther),
                 QFile::ReadGroup);
        QString error;
        const QByteArray authorization = StaffToken::read(dataDir.path(), &error)->authorization();
        const quint16 port = services->health()->httpPort();

        QCOMPARE(test::request(m_nam, "POST", port, "/sync").status, 401);
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox").status, 401);
        QVERIFY(StaffAudit(services->database()).recent().isEmpty());

        QCOMPARE(test::request(m_nam, "POST", port, "/sync", authorization).status, 202);
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?limit=3", authorization).status, 200);
        const QList<StaffAudit::Entry> rows = StaffAudit(services->database()).recent();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).action, u"http_sync"_s);
        QCOMPARE(rows.at(0).action, u"http_outbox_list"_s);
        QCOMPARE(rows.at(0).detail, u"state=all limit=3"_s);

        // The next start keeps the token kioskctl already knows.
        services.reset();
        services = start(dataDir.path());
        QCOMPARE(test::request(m_nam, "POST", services->health()->httpPort(), "/sync", authorization).status, 202);
    }

    // GET /menu/pauses, POST /menu/items/<id>/pause and /resume: the token, a strict id, the
    // body's duration, 404 for an item not on the menu; done through ItemPauses (its row and
    // item_pause / item_resume) with the listener's own audit row, and in force at once.
    void pausesOverTheStaffListener()
    {
        QTemporaryDir dataDir;
        auto services = start(dataDir.path());
        QString error;
        const QByteArray authorization = StaffToken::read(dataDir.path(), &error)->authorization();
        const quint16 port = services->health()->httpPort();
        const QByteArray oneHour = R"({"for": "1h"})";

        QCOMPARE(test::request(m_nam, "GET", port, "/menu/pauses").status, 401);
        QCOMPARE(test::request(m_nam, "POST", port, "/menu/items/classic_burger/pause", {}, oneHour).status, 401);
        test::HttpReply reply = test::request(m_nam, "POST", port, "/menu/items/Classic-Burger/pause", authorization, oneHour);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, "the item id must be a-z, 0-9 and '_', at most 64 characters\n");
        reply = test::request(m_nam, "POST", port, "/menu/items/classic_burger/pause", authorization, R"({"for": "2h"})");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, "the body must be {\"for\": \"1h\"}, {\"for\": \"4h\"} or {\"for\": \"business_day\"}\n");
        reply = test::request(m_nam, "POST", port, "/menu/items/no_such_item/pause", authorization, oneHour);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, "no item no_such_item on the menu\n");
        QCOMPARE(test::request(m_nam, "GET", port, "/menu/pauses/x", authorization).status, 404);
        QCOMPARE(test::request(m_nam, "GET", port, "/menu/items/classic_burger/pause", authorization).status, 405);

        reply = test::request(m_nam, "POST", port, "/menu/items/classic_burger/pause", authorization, oneHour);
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body.startsWith("classic_burger paused until 20"), reply.body.constData());
        QCOMPARE(ItemPauses(services->database()).active(services->nowUtc())->size(), 1);
        reply = test::request(m_nam, "GET", port, "/menu/pauses", authorization);
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body)["pauses"][0]["item_id"].toString(), u"classic_burger"_s);

        reply = test::request(m_nam, "POST", port, "/menu/items/classic_burger/resume", authorization);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "classic_burger is on sale again\n");
        QVERIFY(ItemPauses(services->database()).active(services->nowUtc())->isEmpty());

        QStringList actions;
        for (const StaffAudit::Entry &entry : StaffAudit(services->database()).recent())
            actions.prepend(entry.action);
        // The 400s reach no handler: nothing to audit. The 404 is audited.
        QCOMPARE(actions, (QStringList{u"http_item_pause"_s, u"item_pause"_s,
                                       u"http_item_pause"_s, u"http_pauses_list"_s, u"item_resume"_s,
                                       u"http_item_resume"_s}));
    }
};

QTEST_MAIN(TestKioskStaffEndpoints)
#include "tst_kioskstaffendpoints.moc"
