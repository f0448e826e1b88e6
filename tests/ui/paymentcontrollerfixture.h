#pragma once

// The fixture of the PaymentController tests: a real PaymentStore over a test database, an
// order placer that commits real orders, and the payment worker played by hand (what the
// backend says is recorded with the worker's own store calls and handed to the controller as
// PaymentService::attemptChanged would).
#include "support/database.h"
#include "support/orderbuilder.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "storage/paymentstore.h"
#include "ui/paymentcontroller.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace kiosk::test {

using Phase = PaymentController::Phase;
using Reason = PaymentController::Reason;

class PaymentControllerFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<PaymentController> m_payment;
    QDateTime m_now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    int m_wakes = 0;
    QList<PaymentMethod> m_placed;

    void setUpController(PaymentMode mode, bool online, BackendKind backend = BackendKind::ContractV1)
    {
        m_db = test::openDb(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".db")));
        m_store = std::make_unique<PaymentStore>(*m_db);
        m_payment = std::make_unique<PaymentController>(*m_store, [this] { ++m_wakes; });
        m_payment->setClock([this] { return m_now; });
        m_payment->setPlaceOrder([this](PaymentMethod method) -> std::optional<HeldOrder> {
            m_placed.append(method);
            Order order = test::burgerOrder(m_now, 2);
            order.payment = method;
            const OrderStore::Commit commit = OrderStore(*m_db).commit(order, QStringLiteral("T"));
            if (!commit.ok)
                return std::nullopt;
            return HeldOrder{order.id.toString(QUuid::WithoutBraces), commit.number, order.totals.total};
        });
        PaymentSettings settings;
        settings.mode = mode;
        settings.terminalId = QStringLiteral("T1");
        settings.timeoutS = 60;
        m_payment->applySettings(settings, QStringLiteral("USD"), backend);
        m_payment->setBackendOnline(online);
        m_wakes = 0;
        m_placed.clear();
    }
    // The worker's side: what the backend said, recorded and reported.
    void report(PaymentStatus status, const QString &reason = {}, std::optional<Cents> amount = std::nullopt)
    {
        const QString id = m_payment->attemptId();
        QVERIFY(m_store->recordReport(id, {status, reason, std::nullopt, amount}, m_now));
        m_payment->onAttemptChanged(*m_store->attempt(id));
    }
    void refuse(const QString &code)
    {
        const QString id = m_payment->attemptId();
        QVERIFY(m_store->recordRefused(id, code, m_now));
        m_payment->onAttemptChanged(*m_store->attempt(id));
    }
    void startCard()
    {
        m_payment->start(1946);
        QCOMPARE(m_payment->phase(), Phase::Choosing);
        m_payment->payByCard();
        QCOMPARE(m_payment->phase(), Phase::Starting);
    }
};

} // namespace kiosk::test
