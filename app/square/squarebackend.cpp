#include "square/squarebackend.h"

#include "square/squarehealth.h"
#include "sync/backendclientoptions.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kiosk {

SquareBackend::SquareBackend(const SyncSettings &settings, const std::atomic_bool *stopping)
    : m_settings(settings),
      m_client(m_settings, backendClientOptions(m_settings), stopping),
      m_lookupClient(m_settings, lookupClientOptions(m_settings), stopping),
      m_paymentClient(m_settings, interactiveClientOptions(m_settings, PaymentTimeoutMs), stopping),
      m_orders(m_client, m_settings),
      m_terminal(m_paymentClient, m_settings),
      m_catalog(m_client, m_settings, stopping),
      m_loyalty(m_lookupClient, m_settings)
{
    qCInfo(lcSync) << "Square backend at" << m_settings.baseUrl.constData() << "location"
                   << m_settings.square.locationId << "Square-Version" << m_settings.square.version;
    if (!m_settings.tlsVerify)
        qCWarning(lcSync) << "TLS certificate verification is OFF (sync.tls_verify: false): lab use only";
}

BackendPortFactory SquareBackend::factory(SyncSettings settings)
{
    return [settings = std::move(settings)](const std::atomic_bool *stopping) {
        return std::make_unique<SquareBackend>(settings, stopping);
    };
}

bool SquareBackend::ready(QString *why)
{
    // Each client reads the token file again only when it changed.
    return m_client.ready(why) && m_lookupClient.ready(why) && m_paymentClient.ready(why);
}

DeliveryOutcome SquareBackend::deliver(const Delivery &delivery)
{
    return m_orders.deliver(delivery);
}

PromotionOutcome SquareBackend::lookupPromotion(const QString &)
{
    PromotionOutcome outcome; // no request: Reach::Unknown, so the online state is not touched
    outcome.result = PromotionOutcome::Unavailable{QStringLiteral("Square has no promo code lookup")};
    return outcome;
}

MenuOutcome SquareBackend::fetchMenu(const QString &validator)
{
    return m_catalog.fetchMenu(validator);
}

LookupOutcome SquareBackend::lookupMember(LoyaltyLookupKind kind, const QString &identifier)
{
    return m_loyalty.lookupMember(kind, identifier);
}

HealthOutcome SquareBackend::probeHealth()
{
    return probeSquareHealth(m_client, m_settings);
}

PaymentOutcome SquareBackend::createPayment(const PaymentAttempt &attempt, const QByteArray &orderReceipt)
{
    return m_terminal.createPayment(attempt, orderReceipt);
}

PaymentOutcome SquareBackend::readPayment(const QString &paymentId)
{
    return m_terminal.readPayment(paymentId);
}

PaymentOutcome SquareBackend::cancelPayment(const QString &paymentId, PaymentCancelReason reason)
{
    return m_terminal.cancelPayment(paymentId, reason);
}

} // namespace kiosk
