// TestFixture: what the QML tests of card payment need, the payment worker played by hand.
#include "testfixture.h"

#include "kioskservices.h"
#include "storage/database.h"
#include "storage/paymentstore.h"
#include "sync/syncservice.h"
#include "ui/connectivity.h"
#include "ui/paymentcontroller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

void TestFixture::setBackendOnline(kiosk::KioskSession *session, bool online)
{
    kiosk::KioskServices *services = kioskOf(session);
    if (!services)
        return;
    // From now on the test, not the sync thread's probe of a closed port, says so.
    QObject::disconnect(services->sync(), &kiosk::SyncService::onlineChanged, &services->connectivity(), nullptr);
    services->connectivity().setOnline(online);
}

bool TestFixture::reportPayment(kiosk::KioskSession *session, const QString &status, const QString &reason)
{
    kiosk::KioskServices *services = kioskOf(session);
    const std::optional<kiosk::PaymentStatus> code = kiosk::paymentStatusFromCode(status);
    if (!services || !code || services->payment().attemptId().isEmpty())
        return false;
    QString error;
    // The worker's own connection, as in the kiosk.
    const std::unique_ptr<kiosk::Database> db = kiosk::Database::open(services->databasePath(), &error);
    if (!db)
        return false;
    kiosk::PaymentStore store(*db);
    const QString id = services->payment().attemptId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool recorded = *code == kiosk::PaymentStatus::Refused
                              ? store.recordRefused(id, reason, now)
                              : store.recordReport(id, {*code, reason, std::nullopt}, now);
    const std::optional<kiosk::PaymentAttempt> attempt = store.attempt(id);
    if (!recorded || !attempt)
        return false;
    services->payment().onAttemptChanged(*attempt);
    return true;
}

QStringList TestFixture::orderPaymentStates(kiosk::KioskSession *session)
{
    return rows(kioskOf(session), "SELECT number, payment_state FROM orders ORDER BY created_at, number", 2);
}

QStringList TestFixture::orderPaymentMethods(kiosk::KioskSession *session)
{
    return rows(kioskOf(session),
                "SELECT json_extract(body, '$.payment.method') FROM outbox WHERE kind = 'order' ORDER BY seq", 1);
}

QStringList TestFixture::orderLines(kiosk::KioskSession *session)
{
    return rows(kioskOf(session), "SELECT json_extract(body, '$.lines') FROM outbox WHERE kind = 'order' ORDER BY seq", 1);
}

QString TestFixture::storeWithPayment(const QString &mode)
{
    const QString store = storeWithFeedback(0, false);
    return !store.isEmpty() && addPayment(store, mode) ? store : QString();
}

QString TestFixture::storeOnSquare()
{
    const QString store = storeWithPayment(QStringLiteral("card_or_counter"));
    QFile file(store + QStringLiteral("/kiosk.json"));
    if (store.isEmpty() || !file.open(QIODevice::ReadWrite))
        return {};
    // The same store on Square (docs/square.md); its backend a closed port, as in the other
    // payment tests, and its menu still menu.json: the pages are what is tested here.
    QJsonObject kiosk = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject backend = kiosk.value(QStringLiteral("backend")).toObject();
    backend.insert(QStringLiteral("kind"), QStringLiteral("square"));
    backend.insert(QStringLiteral("square"), QJsonObject{{QStringLiteral("location_id"), QStringLiteral("LH2GQ8V4TW5ZP")},
                                                         {QStringLiteral("device_id"), QStringLiteral("device-kiosk-1")}});
    kiosk.insert(QStringLiteral("backend"), backend);
    QJsonObject payment = kiosk.value(QStringLiteral("payment")).toObject();
    payment.remove(QStringLiteral("terminal_id"));
    kiosk.insert(QStringLiteral("payment"), payment);
    // Nor can its adapter sign customers up: joining at the kiosk is refused in a Square store.
    QJsonObject loyalty = kiosk.value(QStringLiteral("loyalty")).toObject();
    loyalty.remove(QStringLiteral("join"));
    kiosk.insert(QStringLiteral("loyalty"), loyalty);
    const QByteArray bytes = QJsonDocument(kiosk).toJson();
    if (!file.resize(0) || !file.seek(0) || file.write(bytes) != bytes.size())
        return {};
    // Square's catalog has no combos, suggestion rules or dayparts, so its offline menu.json
    // may not have them either (nor the categories that held only combos).
    QFile menuFile(store + QStringLiteral("/menu.json"));
    if (!menuFile.open(QIODevice::ReadWrite))
        return {};
    QJsonObject menu = QJsonDocument::fromJson(menuFile.readAll()).object();
    menu.remove(QStringLiteral("combos"));
    menu.remove(QStringLiteral("upsell"));
    QSet<QString> listed;
    QJsonArray items;
    for (const QJsonValue &value : menu.value(QStringLiteral("items")).toArray()) {
        QJsonObject item = value.toObject();
        item.remove(QStringLiteral("available_at"));
        listed.insert(item.value(QStringLiteral("category")).toString());
        items.append(item);
    }
    menu.insert(QStringLiteral("items"), items);
    QJsonArray categories;
    for (const QJsonValue &value : menu.value(QStringLiteral("categories")).toArray()) {
        QJsonObject category = value.toObject();
        category.remove(QStringLiteral("available_at"));
        if (listed.contains(category.value(QStringLiteral("id")).toString()))
            categories.append(category);
    }
    menu.insert(QStringLiteral("categories"), categories);
    const QByteArray menuBytes = QJsonDocument(menu).toJson();
    return menuFile.resize(0) && menuFile.seek(0) && menuFile.write(menuBytes) == menuBytes.size() ? store : QString();
}

bool TestFixture::addPayment(const QString &store, const QString &mode)
{
    QFile file(store + QStringLiteral("/kiosk.json"));
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QJsonObject kiosk = QJsonDocument::fromJson(file.readAll()).object();
    kiosk.remove(QStringLiteral("feedback"));
    kiosk.insert(QStringLiteral("payment"), QJsonObject{{QStringLiteral("mode"), mode},
                                                        {QStringLiteral("terminal_id"), QStringLiteral("T1")},
                                                        {QStringLiteral("timeout_s"), 60}});
    const QByteArray bytes = QJsonDocument(kiosk).toJson();
    return file.resize(0) && file.seek(0) && file.write(bytes) == bytes.size();
}
