// A kiosk database damaged on disk (its header, found by the real composition root at start, or
// pages in the middle of its outbox, found by the health probe after start and so rebuilt at the
// next start): the file is moved aside with its -wal and -shm, a fresh one
// takes its place, the pending entries that can still be read are salvaged byte for byte,
// order numbers go on from the old sequence, staff see a note (and a health warning), and the
// salvaged orders then reach the real refpos exactly once.
#include "reloadfixture.h"

#include "health/healthmonitor.h"
#include "kioskservices.h"
#include "storage/database.h"
#include "support/database.h"
#include "support/fakenotifier.h"
#include "support/healthsettings.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "ui/diagnosticscontroller.h"
#include "ui/kiosksession.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

constexpr int Orders = 60;       // enough for the outbox to span many pages
constexpr int DeliveredAhead = 5; // the first few reached the backend before the damage
constexpr int PageSize = 4096;

struct Entry
{
    QString key;
    QString state;
    QString body;
};

QList<Entry> outboxOf(Database &db)
{
    QList<Entry> entries;
    Statement st = db.prepare("SELECT key, state, body FROM outbox ORDER BY seq");
    while (st.next())
        entries.append({st.text(0), st.text(1), st.text(2)});
    return entries;
}

int sequenceOf(const QString &number)
{
    return number.mid(number.lastIndexOf(u'-') + 1).toInt();
}

} // namespace

class TestDbRecovery : public QObject
{
    Q_OBJECT

    // The customer flow's checkout, one burger to take out; the number shown.
    static QString placeOrder(KioskSession &session)
    {
        session.startOrder();
        session.chooseDineOption(KioskSession::DineOption::TakeOut);
        if (!session.openItem(u"classic_burger"_s) || !session.addEditedItem() || !session.checkout())
            return {};
        const QString number = session.lastOrderNumber();
        session.endOrder();
        return number;
    }

    QTemporaryDir m_base;
    QString m_configDir;
    QString m_imageDir;             // the database as the kiosk left it: kiosk.db, -wal, -shm
    QList<Entry> m_original;        // its outbox
    QString m_lastNumber;           // the last number a customer was given
    quint16 m_closedPort = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_configDir = m_base.filePath(u"config"_s);
        m_closedPort = test::freePort();
        QVERIFY(test::makeStore(m_configDir, m_closedPort, 0));

        // A day of orders while the backend is down, through the real checkout.
        const QString liveDir = m_base.filePath(u"live"_s);
        {
            KioskServices services;
            QString startError;
            QVERIFY2(services.start({m_configDir, liveDir, KioskServices::HealthListener::Off}, &startError),
                     qPrintable(startError));
            KioskSession &session = services.session();
            for (int i = 0; i < Orders; ++i) {
                m_lastNumber = placeOrder(session);
                QVERIFY(!m_lastNumber.isEmpty());
            }
        }
        QCOMPARE(sequenceOf(m_lastNumber), Orders);

        // Some were delivered and one failed for good before the damage; the kiosk is still
        // running (its connection open) when the disk goes bad: -wal and -shm exist.
        auto db = test::openDb(QDir(liveDir).filePath(u"kiosk.db"_s));
        QVERIFY(db->exec("UPDATE outbox SET state = 'delivered' WHERE seq <= 5"));
        QVERIFY(db->exec("UPDATE outbox SET state = 'failed', last_error = 'HTTP 422' WHERE seq = 6"));
        QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_original = outboxOf(*db);
        QCOMPARE(m_original.size(), Orders);
        m_imageDir = m_base.filePath(u"image"_s);
        QVERIFY(QDir().mkpath(m_imageDir));
        for (const QString &name : {u"kiosk.db"_s, u"kiosk.db-wal"_s, u"kiosk.db-shm"_s}) {
            QVERIFY2(QFile::exists(QDir(liveDir).filePath(name)), qPrintable(name));
            QVERIFY(QFile::copy(QDir(liveDir).filePath(name), QDir(m_imageDir).filePath(name)));
        }
    }

    void recoversAndDeliversExactlyOnce_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("header") << u"header"_s;
        QTest::newRow("outbox pages in the middle") << u"middle"_s;
    }

    void recoversAndDeliversExactlyOnce()
    {
        QFETCH(QString, damage);
        QTemporaryDir run;
        QVERIFY(run.isValid());
        const QString dataDir = run.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(dataDir));
        for (const QString &name : {u"kiosk.db"_s, u"kiosk.db-wal"_s, u"kiosk.db-shm"_s})
            QVERIFY(QFile::copy(QDir(m_imageDir).filePath(name), QDir(dataDir).filePath(name)));
        const QString dbPath = QDir(dataDir).filePath(u"kiosk.db"_s);

        if (damage == u"header") {
            test::overwrite(dbPath, 0, 100, '\x5a');
        } else {
            // Two leaf pages of the outbox from the middle of the day's entries, zeroed.
            const QList<qint64> leaves = test::outboxLeafPages(dbPath);
            QVERIFY2(leaves.size() >= 6, qPrintable(u"%1 outbox leaf pages"_s.arg(leaves.size())));
            for (const qint64 page : {leaves.at(leaves.size() / 2), leaves.at(leaves.size() / 2 + 1)})
                test::overwrite(dbPath, (page - 1) * PageSize, PageSize, '\0');
            // Start-up reads only the header and schema, both sound: the kiosk starts on the
            // file, and the health probe's full check after start finds the damage, fails
            // sqlite:integrity and remembers it for the next start.
            {
                KioskServices services;
                QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"the next start rebuilds it"_s));
                QString startError;
                QVERIFY2(services.start({m_configDir, dataDir, KioskServices::HealthListener::AnyFreePort}, &startError),
                         qPrintable(startError));
                QCOMPARE(services.diagnostics().storageRecoveryNote(), QString());
                QTRY_VERIFY_WITH_TIMEOUT(services.health()->report().find(u"sqlite:integrity"_s)
                                             && services.health()->report().find(u"sqlite:integrity"_s)->status == HealthStatus::Fail,
                                         10000);
            }
            // The image's -wal and -shm come back: the kiosk "crashed" with them there.
            for (const QString &name : {u"kiosk.db-wal"_s, u"kiosk.db-shm"_s}) {
                QFile::remove(QDir(dataDir).filePath(name));
                QVERIFY(QFile::copy(QDir(m_imageDir).filePath(name), QDir(dataDir).filePath(name)));
            }
        }
        const QByteArray damagedBytes = test::readFile(dbPath);
        const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-1);

        // The kiosk starts on the damaged file (the backend still down).
        QString note;
        QString newNumber;
        QStringList salvagedKeys;
        {
            KioskServices services;
            QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"is damaged"_s));
            QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"The database was damaged"_s));
            QString startError;
            QVERIFY2(services.start({m_configDir, dataDir, KioskServices::HealthListener::Off}, &startError),
                     qPrintable(startError));
            KioskSession &session = services.session();
            note = services.diagnostics().storageRecoveryNote();
            QVERIFY(!note.isEmpty());
            qInfo("storageRecoveryNote: %s", qPrintable(note));

            // Moved aside with its companions, named with the UTC time, bytes untouched.
            const QStringList aside = QDir(dataDir).entryList({u"kiosk.db.corrupt-*"_s}, QDir::Files, QDir::Name);
            QCOMPARE(aside.size(), 3);
            static const QRegularExpression name(u"^kiosk\\.db\\.corrupt-(\\d{8}T\\d{6}Z)$"_s);
            const QRegularExpressionMatch match = name.match(aside.first());
            QVERIFY2(match.hasMatch(), qPrintable(aside.first()));
            QCOMPARE(aside.at(1), aside.first() + u"-shm"_s);
            QCOMPARE(aside.at(2), aside.first() + u"-wal"_s);
            const QDateTime at = QDateTime::fromString(match.captured(1), u"yyyyMMdd'T'HHmmss'Z'"_s);
            QVERIFY(at.isValid());
            QVERIFY(at >= startedAt.toUTC().addSecs(-1) && at <= QDateTime::currentDateTimeUtc().addSecs(1));
            QCOMPARE(test::readFile(QDir(dataDir).filePath(aside.first())), damagedBytes);

            // The note names the file and counts what came back.
            static const QRegularExpression counts(
                u"^The database was damaged at \\d\\d:\\d\\d UTC and moved to (\\S+); (\\d+) of (\\d+) pending entries recovered"_s);
            const QRegularExpressionMatch said = counts.match(note);
            QVERIFY2(said.hasMatch(), qPrintable(note));
            QCOMPARE(said.captured(1), aside.first());

            // What the fresh file holds: pending and failed entries only, byte for byte.
            {
                auto fresh = test::openDb(dbPath);
                Statement check = fresh->prepare("PRAGMA quick_check");
                QVERIFY(check.next());
                QCOMPARE(check.text(0), u"ok"_s);
                const QList<Entry> now = outboxOf(*fresh);
                int pending = 0;
                int failed = 0;
                for (const Entry &entry : now) {
                    const auto original = std::find_if(m_original.cbegin(), m_original.cend(),
                                                       [&entry](const Entry &e) { return e.key == entry.key; });
                    QVERIFY2(original != m_original.cend(), qPrintable(entry.key));
                    QCOMPARE(entry.state, original->state);
                    QCOMPARE(entry.body, original->body);
                    QVERIFY(entry.state == u"pending"_s || entry.state == u"failed"_s);
                    (entry.state == u"pending"_s ? pending : failed) += 1;
                    if (entry.state == u"pending"_s)
                        salvagedKeys.append(entry.key);
                    // Its order came along whole (lines included) when it could be read.
                    Statement order = fresh->prepare("SELECT count(*) FROM order_lines WHERE order_id = ?1");
                    QVERIFY(order.bind(1, entry.key).next());
                    QCOMPARE(order.int64(0), 1);
                }
                QCOMPARE(pending, said.captured(2).toInt());
                const int originallyPending = Orders - DeliveredAhead - 1;
                if (damage == u"header") {
                    QCOMPARE(note, u"The database was damaged at %1 UTC and moved to %2; %3 of %3 pending entries recovered, and 1 failed"_s
                                       .arg(at.toString(u"HH:mm"_s), aside.first()).arg(originallyPending));
                    QCOMPARE(pending, originallyPending);
                    QCOMPARE(failed, 1);
                } else {
                    // The rows on the zeroed pages are gone, and said to be.
                    QVERIFY2(pending < originallyPending && pending > originallyPending / 2, qPrintable(note));
                    // Rows from the middle of the day: all were pending.
                    QCOMPARE(said.captured(3).toInt(), originallyPending);
                    QVERIFY2(note.contains(u"unreadable outbox rows skipped"_s), qPrintable(note));
                }
            }

            // Staff see it in the health report: sqlite:integrity warns with the note.
            {
                HealthMonitor health(test::healthTestSettings(), services.databasePath(),
                                     std::make_unique<test::FakeNotifier>(std::chrono::microseconds(0)));
                health.reportStorageRecovery(note);
                QVERIFY(health.start());
                QTRY_VERIFY_WITH_TIMEOUT(health.report().find(u"sqlite:integrity"_s)
                                             && health.report().find(u"sqlite:integrity"_s)->status != HealthStatus::Pass, 10000);
                const HealthCheck *integrity = health.report().find(u"sqlite:integrity"_s);
                QCOMPARE(integrity->status, HealthStatus::Warn);
                QCOMPARE(integrity->output, note);
                const QJsonObject json = QJsonDocument::fromJson(health.healthJson()).object();
                QCOMPARE(json.value(u"status"_s).toString(), u"warn"_s);
                const QJsonObject published =
                    json.value(u"checks"_s).toObject().value(u"sqlite:integrity"_s).toArray().first().toObject();
                QCOMPARE(published.value(u"status"_s).toString(), u"warn"_s);
                QCOMPARE(published.value(u"output"_s).toString(), note);
            }

            // Customers can order at once, and numbers go on from the old sequence.
            newNumber = placeOrder(session);
            QCOMPARE(sequenceOf(newNumber), Orders + 1);
        }

        // The backend comes back; the kiosk restarts pointed at it and sends the salvage.
        test::RefposProcess refpos(run.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(refpos.start({u"--token-file"_s, QDir(m_configDir).filePath(u"backend.token"_s)}, &error),
                 qPrintable(error));
        const QJsonObject restore = test::readJson(QDir(m_configDir).filePath(u"kiosk.json"_s));
        const QJsonObject kiosk = test::mergedJson(restore, {{u"backend"_s, test::loopbackBackend(refpos.port())}});
        QVERIFY(test::writeJson(QDir(m_configDir).filePath(u"kiosk.json"_s), kiosk));
        const auto restoreConfig = qScopeGuard([&] {
            test::writeJson(QDir(m_configDir).filePath(u"kiosk.json"_s), restore);
        });

        test::HttpClient http;
        const auto receivedOrders = [&] {
            return http.get(refpos.url(u"/admin/orders"_s)).json().value(u"orders"_s).toArray();
        };
        {
            KioskServices services;
            QString startError;
            QVERIFY2(services.start({m_configDir, dataDir, KioskServices::HealthListener::Off}, &startError),
                     qPrintable(startError));
            QCOMPARE(services.diagnostics().storageRecoveryNote(), QString()); // the fresh file is sound
            QTRY_COMPARE_WITH_TIMEOUT(receivedOrders().size(), salvagedKeys.size() + 1, 30000);
            // The kiosk's own outbox agrees: nothing left to send.
            const auto pendingLeft = [&dbPath] {
                auto db = test::openDb(dbPath);
                Statement st = db->prepare("SELECT count(*) FROM outbox WHERE state = 'pending'");
                return st.next() ? st.int64(0) : -1;
            };
            QTRY_COMPARE_WITH_TIMEOUT(pendingLeft(), 0, 10000);
        }
        const QJsonArray orders = receivedOrders();
        QStringList numbers;
        for (const QJsonValue &value : orders) {
            const QJsonObject order = value.toObject();
            QVERIFY2(salvagedKeys.contains(order.value(u"id"_s).toString()) || order.value(u"number"_s).toString() == newNumber,
                     qPrintable(order.value(u"id"_s).toString()));
            QCOMPARE(order.value(u"attempts"_s).toInteger(), 1); // exactly once
            numbers.append(order.value(u"number"_s).toString());
        }
        numbers.removeDuplicates();
        QCOMPARE(numbers.size(), orders.size()); // no number given twice
        const QJsonObject stats = http.get(refpos.url(u"/admin/stats"_s)).json();
        QCOMPARE(stats.value(u"replayed"_s).toInteger(), 0);
        QCOMPARE(stats.value(u"created"_s).toInteger(), salvagedKeys.size() + 1);
        QVERIFY(refpos.terminate() == 0);
    }
};

QTEST_MAIN(TestDbRecovery)
#include "tst_dbrecovery.moc"
