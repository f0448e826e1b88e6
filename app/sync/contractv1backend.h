#pragma once

#include "sync/backendport.h"
#include "sync/backendtokenfile.h"
#include "sync/httpclient.h"
#include "sync/paymentpolicy.h"
#include "config/syncsettings.h"

#include <QDateTime>

namespace kiosk {

// The backend port over contract v1 (docs/backend-api.md) with libcurl: one request per call,
// the contract's status codes read into kiosk outcomes by deliverypolicy's rules. Made on the
// sync thread and used there only.
class ContractV1Backend final : public BackendPort
{
public:
    ContractV1Backend(const SyncSettings &settings, const std::atomic_bool *stopping);
    ~ContractV1Backend() override;

    // The port SyncService uses unless it is given another.
    static BackendPortFactory factory(SyncSettings settings);

    // The longest a payment call waits for its answer (less when sync.total_timeout_ms is).
    static constexpr int PaymentTimeoutMs = 5000;

    // Reads the token file again when it changed: "no usable backend token" until it holds one.
    bool ready(QString *why) override;
    DeliveryOutcome deliver(const Delivery &delivery) override;
    MenuOutcome fetchMenu(const QString &validator) override;
    LookupOutcome lookupMember(LoyaltyLookupKind kind, const QString &identifier) override;
    HealthOutcome probeHealth() override;
    PromotionOutcome lookupPromotion(const QString &code) override;
    PaymentOutcome createPayment(const PaymentAttempt &attempt, const QByteArray &orderReceipt) override;
    PaymentOutcome readPayment(const QString &paymentId) override;
    PaymentOutcome cancelPayment(const QString &paymentId, PaymentCancelReason reason) override;

private:
    bool refreshToken();
    PaymentOutcome payment(PaymentCall call, const QString &paymentId, const QByteArray &body);

    BackendTokenFile m_token;
    const QByteArray m_kioskId;
    HttpClient m_http;
    // Lookups have their own handle (and connection) with the short lookup timeout: a customer
    // waits for them, so they give up early and the offline cache answers instead.
    HttpClient m_lookupHttp;
    // Payment calls too (a customer stands at the reader), on a handle of their own: at most
    // PaymentTimeoutMs each, after which the worker reads the status rather than waiting.
    HttpClient m_paymentHttp;
};

} // namespace kiosk
