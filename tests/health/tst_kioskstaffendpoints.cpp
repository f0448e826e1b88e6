// The staff endpoints as the composition root (KioskServices) wires them on the sample store:
// it makes DATA_DIR/staff.token (0640) at its first start and keeps it, refuses a request
// without it, and audits what a request with it does in the kiosk's own staff_audit table.
#include "health/healthmonitor.h"
#include "healthfixture.h"
#include "kioskservices.h"
#include "staff/stafftoken.h"
#include "storage/database.h"
#include "storage/staffaudit.h"

#include <QFile>
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
};

QTEST_MAIN(TestKioskStaffEndpoints)
#include "tst_kioskstaffendpoints.moc"
