#include "testfixture.h"

#include "health/healthmonitor.h"
#include "config/healthsettings.h"
#include "kioskservices.h"
#include "storage/database.h"
#include "storage/orderadjustments.h"
#include "storage/outbox.h"
#include "storage/staffaudit.h"
#include "sync/syncservice.h"
#include "ui/recenterrorlog.h"
#include "ui/diagnosticscontroller.h"
#include "ui/kiosksession.h"
#include "ui/menuschedule.h"

#include "support/files.h"
#include "support/paymentrows.h"
#include "support/refposprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QTranslator>

TestFixture::TestFixture(QObject *parent) : QObject(parent) {}

TestFixture::~TestFixture() = default;

QString TestFixture::configDir() const
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
}

QString TestFixture::screenshotDir() const
{
    return qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
}

QSize TestFixture::screenSize() const
{
    const QStringList parts = qEnvironmentVariable("KIOSK_SCREENSHOT_SIZE").split(u'x');
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        return {parts[0].toInt(), parts[1].toInt()};
    return {1080, 1920};
}

QString TestFixture::newDataDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return {};
    const QString path = dir->path();
    m_dataDirs.push_back(std::move(dir));
    return path;
}

QVariantMap TestFixture::startKiosk(const QString &configDir, const QString &dataDir)
{
    auto *services = new kiosk::KioskServices(this);
    QString error;
    kiosk::KioskServices::Options options{configDir, dataDir, kiosk::KioskServices::HealthListener::Off, nullptr};
    options.nowUtc = [this] { return m_storeNow; };
    if (!services->start(options, &error)) {
        delete services;
        setLastError(error);
        return {};
    }
    m_kiosks.append(services);
    setLastError({});
    const QVariantMap parts = services->qmlProperties();
    // The kiosk owns its parts, not the JavaScript that receives them.
    for (const QVariant &part : parts)
        QQmlEngine::setObjectOwnership(part.value<QObject *>(), QQmlEngine::CppOwnership);
    return parts;
}

bool TestFixture::setNow(const QString &iso, bool refreshNow)
{
    const QDateTime now = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!now.isValid())
        return false;
    m_storeNow = now.toUTC();
    for (const QPointer<kiosk::KioskServices> &services : std::as_const(m_kiosks)) {
        if (services && services->isRunning() && refreshNow)
            services->menuSchedule().refresh();
    }
    return true;
}

void TestFixture::stopKiosk(kiosk::KioskSession *session)
{
    if (kiosk::KioskServices *services = kioskOf(session)) {
        m_kiosks.removeAll(services);
        services->deleteLater();
    }
}

kiosk::KioskServices *TestFixture::kioskOf(const kiosk::KioskSession *session) const
{
    for (const QPointer<kiosk::KioskServices> &services : m_kiosks) {
        if (services && services->isRunning() && &services->session() == session)
            return services;
    }
    qWarning("no running kiosk owns this session");
    return nullptr;
}

void TestFixture::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

bool TestFixture::attachHealthMonitor(kiosk::KioskSession *session)
{
    kiosk::KioskServices *services = kioskOf(session);
    if (!services)
        return false;
    kiosk::HealthSettings settings = services->config().kiosk.health;
    settings.listenPort = 0; // tests run side by side
    auto *monitor = new kiosk::HealthMonitor(settings, services->databasePath(), services);
    QString error;
    if (!monitor->start(&error)) {
        qWarning("health listener: %s", qPrintable(error));
        return false;
    }
    // The sync thread's health requests feed the backend check, as KioskServices does.
    if (kiosk::SyncService *sync = services->sync()) {
        connect(sync, &kiosk::SyncService::healthChecked, monitor, [monitor](bool ok, qint64 ms) {
            monitor->reportBackendProbe(ok, ms, ok ? QString() : QStringLiteral("backend unreachable"));
        });
    }
    services->diagnostics().setHealthMonitor(monitor);
    return true;
}

std::unique_ptr<kiosk::Database> TestFixture::databaseOf(const kiosk::KioskSession *session) const
{
    kiosk::KioskServices *services = kioskOf(session);
    QString error;
    return services ? kiosk::Database::open(services->databasePath(), &error) : nullptr;
}

qint64 TestFixture::failNewestPendingEntry(kiosk::KioskSession *session, const QString &reason)
{
    const std::unique_ptr<kiosk::Database> db = databaseOf(session);
    if (!db)
        return -1;
    kiosk::Outbox outbox(*db);
    const QList<kiosk::OutboxEntry> pending = outbox.list(kiosk::OutboxEntry::State::Pending, 1);
    if (pending.isEmpty() || !outbox.markFailed(pending.first().seq, reason, {}))
        return -1;
    return pending.first().seq;
}

bool TestFixture::recordRefusedReward(kiosk::KioskSession *session, const QString &rewardId, const QString &reason)
{
    const std::unique_ptr<kiosk::Database> db = databaseOf(session);
    if (!db)
        return false;
    const QList<kiosk::OutboxEntry> entries = kiosk::Outbox(*db).list(std::nullopt, 1);
    if (entries.isEmpty())
        return false;
    kiosk::OrderAdjustments::Row row;
    row.orderId = entries.first().key;
    row.kind = QStringLiteral("reward");
    row.subject = rewardId;
    row.reason = reason;
    row.at = QDateTime::currentDateTimeUtc();
    return kiosk::OrderAdjustments(*db).record({row});
}

bool TestFixture::addCardPayments(kiosk::KioskSession *session)
{
    using kiosk::PaymentStatus;
    const std::unique_ptr<kiosk::Database> db = databaseOf(session);
    if (!db)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString held = kiosk::test::addCardOrder(*db, now.addSecs(-300));
    kiosk::test::addAttempt(*db, QStringLiteral("pay-declined"), held, PaymentStatus::Declined, now.addSecs(-300),
                            QStringLiteral("insufficient_funds"));
    kiosk::test::addAttempt(*db, QStringLiteral("pay-open"), held, PaymentStatus::InProgress, now.addSecs(-200), {},
                            QStringLiteral("timeout"));
    const QString unseen = kiosk::test::addCardOrder(*db, now.addSecs(-100), "paid");
    kiosk::test::addAttempt(*db, QStringLiteral("pay-unseen"), unseen, PaymentStatus::Completed, now.addSecs(-100));
    const QString notTaken = kiosk::test::addCardOrder(*db, now.addSecs(-50), "paid");
    kiosk::test::addAttempt(*db, QStringLiteral("pay-not-taken"), notTaken, PaymentStatus::Completed,
                            now.addSecs(-50));
    kiosk::test::setNotTaken(*db, notTaken, QStringLiteral("order_not_held"));
    return true;
}

QString TestFixture::startBackend(const QStringList &faults)
{
    const QString dir = newDataDir();
    if (dir.isEmpty())
        return {};
    const QString sample = configDir();
    auto refpos = std::make_unique<kiosk::test::RefposProcess>(dir + QStringLiteral("/refpos.db"));
    QString error;
    // As ./scripts/demo runs it: the sample store's welcome gift and promo codes.
    const QStringList offers{QStringLiteral("--welcome-reward-item"), QStringLiteral("fresh_lemonade"),
                             QStringLiteral("--promotions"), sample + QStringLiteral("/promotions.json")};
    if (!refpos->start(QStringList{QStringLiteral("--menu"), sample + QStringLiteral("/menu.json"),
                                   QStringLiteral("--token-file"), sample + QStringLiteral("/backend.token")}
                           + offers + faults,
                       &error)) {
        qWarning("refpos: %s", qPrintable(error));
        return {};
    }
    // The sample store, its backend swapped for this refpos.
    QFile in(sample + QStringLiteral("/kiosk.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject kiosk = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject backend = kiosk.value(QStringLiteral("backend")).toObject();
    backend.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(refpos->port()));
    kiosk.insert(QStringLiteral("backend"), backend);
    const QString store = dir + QStringLiteral("/store");
    QFile out(store + QStringLiteral("/kiosk.json"));
    if (!QDir().mkpath(store) || !out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(kiosk).toJson()) <= 0
        || !QFile::copy(sample + QStringLiteral("/menu.json"), store + QStringLiteral("/menu.json"))
        || !QFile::copy(sample + QStringLiteral("/promotions.json"), store + QStringLiteral("/promotions.json"))
        || !QFile::copy(sample + QStringLiteral("/backend.token"), store + QStringLiteral("/backend.token"))
        || !kiosk::test::copyTree(sample + QStringLiteral("/images"), store + QStringLiteral("/images")))
        return {};
    m_backends.push_back(std::move(refpos));
    return store;
}

void TestFixture::useManualClock(kiosk::KioskSession *session)
{
    if (kiosk::KioskServices *services = kioskOf(session))
        services->diagnostics().setClock([this] { return m_clockMs; });
}

QStringList TestFixture::staffAuditActions(kiosk::KioskSession *session)
{
    const std::unique_ptr<kiosk::Database> db = databaseOf(session);
    if (!db)
        return {};
    QStringList actions;
    const QList<kiosk::StaffAudit::Entry> entries = kiosk::StaffAudit(*db).recent(1000);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        actions.append(it->action);
    return actions;
}

QString TestFixture::storeWithFeedback(int npsSharePercent, bool commentEnabled)
{
    const QString dir = newDataDir();
    const QString sample = configDir();
    QFile in(sample + QStringLiteral("/kiosk.json"));
    if (dir.isEmpty() || !in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject kiosk = QJsonDocument::fromJson(in.readAll()).object();
    kiosk.insert(QStringLiteral("feedback"), QJsonObject{{QStringLiteral("nps_share_percent"), npsSharePercent},
                                                         {QStringLiteral("comment_enabled"), commentEnabled}});
    QJsonObject backend = kiosk.value(QStringLiteral("backend")).toObject();
    backend.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9"));
    kiosk.insert(QStringLiteral("backend"), backend);
    QFile out(dir + QStringLiteral("/kiosk.json"));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(kiosk).toJson()) <= 0
        || !QFile::copy(sample + QStringLiteral("/menu.json"), dir + QStringLiteral("/menu.json"))
        || !QFile::copy(sample + QStringLiteral("/backend.token"), dir + QStringLiteral("/backend.token"))
        || !kiosk::test::copyTree(sample + QStringLiteral("/images"), dir + QStringLiteral("/images")))
        return {};
    return dir;
}

QStringList TestFixture::rows(const kiosk::KioskServices *services, const char *sql, int columns)
{
    if (!services)
        return {QStringLiteral("no running kiosk")};
    QString error;
    const std::unique_ptr<kiosk::Database> db = kiosk::Database::open(services->databasePath(), &error);
    if (!db)
        return {QStringLiteral("cannot open the database: ") + error};
    kiosk::Statement st = db->prepare(sql);
    QStringList result;
    while (st.next()) {
        QStringList fields;
        for (int column = 0; column < columns; ++column)
            fields.append(st.isNull(column) ? QString() : st.text(column));
        result.append(fields.join(u','));
    }
    return result;
}

QStringList TestFixture::feedbackRows(kiosk::KioskSession *session)
{
    return rows(kioskOf(session),
                "SELECT csat, nps, comment, language, EXISTS(SELECT 1 FROM outbox o WHERE o.kind = 'feedback' "
                "AND o.key = f.id) FROM feedback f ORDER BY created_at",
                5);
}

QStringList TestFixture::assistRows(kiosk::KioskSession *session)
{
    return rows(kioskOf(session),
                "SELECT reason, CASE WHEN cleared_at IS NULL THEN 'open' ELSE 'cleared' END, "
                "EXISTS(SELECT 1 FROM outbox o WHERE o.kind = 'assist' AND o.key = a.id) "
                "FROM assist_requests a ORDER BY created_at",
                3);
}

QString TestFixture::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestFixture::writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    const QByteArray bytes = text.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool TestFixture::installExtraTranslation()
{
    const QString qmPath = qEnvironmentVariable("KIOSK_EXTRA_QM");
    if (qmPath.isEmpty())
        return true;
    auto *translator = new QTranslator(this);
    if (!translator->load(qmPath)) {
        delete translator;
        return false;
    }
    // Installed before the kiosk switches language: the kiosk's own translator, installed
    // later, is asked first and this one only for what it lacks.
    return QCoreApplication::installTranslator(translator);
}

bool TestFixture::keepRecentErrors()
{
    kiosk::RecentErrorLog *log = kiosk::RecentErrorLog::installed();
    if (!log)
        return false;
    log->install();
    return true;
}
