#include "ui/paymentcontroller.h"

#include "storage/paymentstore.h"
#include "domain/moneyformat.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPaymentPage, "kiosk.payment")

namespace kiosk {

namespace {

PaymentController::Reason canceledReason(const QString &reason)
{
    using Reason = PaymentController::Reason;
    if (reason == u"buyer_canceled")
        return Reason::BuyerCanceled;
    if (reason == u"seller_canceled")
        return Reason::SellerCanceled;
    if (reason == u"timed_out")
        return Reason::TimedOut;
    return Reason::Other;
}

// The codes the worker records for a create the backend refused (PAYMENT_CONTRACT.md).
PaymentController::Reason refusedReason(const QString &code)
{
    using Reason = PaymentController::Reason;
    if (code == u"terminal_busy")
        return Reason::TerminalBusy;
    // The backend does not hold this order (it refused it, or has none): neither the card nor
    // the counter can take it. A mismatched amount is the card's problem only.
    if (code == u"order_not_held" || code == u"order_rejected" || code == u"unknown_order")
        return Reason::OrderNotPayable;
    return Reason::Other;
}

} // namespace

PaymentController::PaymentController(PaymentStore &store, std::function<void()> wake, QObject *parent)
    : QObject(parent), m_store(store), m_wake(std::move(wake))
{
    m_overdueTimer.setInterval(1000);
    connect(&m_overdueTimer, &QTimer::timeout, this, &PaymentController::checkOverdue);
}

void PaymentController::applySettings(const PaymentSettings &settings, const QString &currency,
                                      BackendKind backend)
{
    m_settings = settings;
    m_backend = backend;
    m_currency = currency;
    emit offerChanged();
    emit changed();
}

void PaymentController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit changed(); // the amount's format
}

void PaymentController::setBackendOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit offerChanged();
    // Before anything is held, the choice follows what can be offered now.
    if (m_phase == Phase::Unavailable && cardOffered())
        showPhase(Phase::Choosing);
    else if (m_phase == Phase::Choosing && !cardOffered())
        showPhase(Phase::Unavailable);
    else
        emit changed(); // canTryAgain
}

QString PaymentController::amountText() const
{
    if (m_phase == Phase::Idle)
        return {};
    // What the backend asks the card for, once its attempt says (Square totals the order
    // itself): the screen and the reader show the same amount.
    const Cents amount = m_attempt ? m_attempt->amount : m_order.amount;
    return formatMoney(amount, m_language, m_currency);
}

bool PaymentController::cardOffered() const
{
    return m_settings.cardEnabled() && m_online && !m_settings.terminalId.isEmpty();
}

bool PaymentController::canTryAgain() const
{
    if (!cardOffered())
        return false;
    return m_phase == Phase::Declined || m_phase == Phase::Canceled
        || (m_phase == Phase::Refused && m_reason == Reason::TerminalBusy);
}

bool PaymentController::canPayAtCounter() const
{
    return m_settings.cardEnabled() && !(m_phase == Phase::Refused && m_reason == Reason::OrderNotPayable);
}

bool PaymentController::attemptOpen() const
{
    return m_attempt && !m_attempt->isFinal() && m_phase != Phase::Unconfirmed;
}

void PaymentController::start(Cents amount)
{
    // A held order of an earlier checkout in this visit never stays behind a new one.
    if (!m_order.orderId.isEmpty())
        endVisit();
    m_order = {QString(), QString(), amount};
    m_attempt.reset();
    m_numberVisible = false;
    m_orderSettled = false;
    if (!cardOffered())
        showPhase(Phase::Unavailable);
    else if (m_settings.mode == PaymentMode::Card)
        payByCard();
    else
        showPhase(Phase::Choosing);
}

void PaymentController::payByCard()
{
    if (!cardOffered() || (m_phase != Phase::Choosing && m_phase != Phase::Idle))
        return;
    const std::optional<HeldOrder> held = m_place ? m_place(PaymentMethod::Card) : std::nullopt;
    if (!held) {
        showPhase(Phase::Refused, Reason::CannotSave);
        return;
    }
    m_order = *held;
    beginAttempt();
}

void PaymentController::tryAgain()
{
    if (canTryAgain())
        beginAttempt();
}

// Saved before anything is sent: the worker creates it on the backend (after the held order).
void PaymentController::beginAttempt()
{
    QString error;
    m_attempt = m_store.begin(m_order.orderId, m_settings.terminalId, m_currency, now(), &error);
    if (!m_attempt) {
        qCWarning(lcPaymentPage) << "card payment not started:" << error;
        showPhase(Phase::Refused, Reason::Other);
        return;
    }
    m_overdueTimer.start();
    showPhase(Phase::Starting);
    if (m_wake)
        m_wake();
}

void PaymentController::payAtCounter()
{
    if (counterTakesOrder()) {
        orderAtCounter();
        return;
    }
    if (m_order.orderId.isEmpty()) {
        if (m_phase != Phase::Choosing && m_phase != Phase::Unavailable)
            return;
        const std::optional<HeldOrder> placed = m_place ? m_place(PaymentMethod::Counter) : std::nullopt;
        if (!placed) {
            showPhase(Phase::Refused, Reason::CannotSave);
            return;
        }
        m_order = *placed;
        m_orderSettled = true;
        m_numberVisible = true;
        showPhase(Phase::Idle);
        emit numberReady(false);
        return;
    }
    releaseForCounter();
}

// The customer gave up on the card: the held order goes to the kitchen, to be paid at the
// counter. Refused by the store while an attempt is open or once one completed.
void PaymentController::releaseForCounter()
{
    if (attemptOpen() || m_orderSettled || !canPayAtCounter())
        return;
    QString error;
    if (!m_store.releaseForCounter(m_order.orderId, now(), &error)) {
        qCWarning(lcPaymentPage) << "held order not released for the counter:" << error;
        return;
    }
    if (m_wake)
        m_wake();
    m_orderSettled = true;
    m_numberVisible = true;
    showPhase(Phase::Idle);
    emit numberReady(false);
}

// Square: the customer orders at the counter instead. A held order (on Square, unpaid) is
// dropped there, like going back to the cart, so nothing reaches its kitchen twice.
void PaymentController::orderAtCounter()
{
    if (attemptOpen() || m_orderSettled)
        return;
    if (!m_order.orderId.isEmpty() && !abandonHeld())
        return;
    m_order.orderId.clear();
    m_attempt.reset();
    m_overdueTimer.stop();
    showPhase(Phase::OrderAtCounter);
}

void PaymentController::cancel()
{
    if (!m_attempt || m_attempt->isFinal() || m_phase == Phase::Unconfirmed) {
        if (m_phase == Phase::Choosing || m_phase == Phase::Unavailable)
            backToCart();
        return;
    }
    if (m_store.requestCancel(m_attempt->id, PaymentCancelReason::SellerCanceled, now())) {
        m_attempt->cancelRequested = PaymentCancelReason::SellerCanceled;
        showPhase(Phase::Cancelling);
    }
    // Final already: its report is on the way, and it is what the page shows.
    if (m_wake)
        m_wake();
}

void PaymentController::backToCart()
{
    if (attemptOpen() || m_orderSettled)
        return;
    if (!m_order.orderId.isEmpty() && !abandonHeld())
        return;
    m_order = {};
    m_attempt.reset();
    m_overdueTimer.stop();
    showPhase(Phase::Idle);
}

bool PaymentController::abandonHeld()
{
    QString error;
    if (!m_store.abandon(m_order.orderId, now(), &error)) {
        qCWarning(lcPaymentPage) << "held order not abandoned:" << error;
        return false;
    }
    if (m_wake)
        m_wake();
    emit orderAbandoned();
    return true;
}

void PaymentController::endVisit()
{
    if (!m_order.orderId.isEmpty() && !m_orderSettled) {
        if (m_attempt && !m_attempt->isFinal())
            m_leftBehind.insert(m_attempt->id, m_order.orderId);
        else
            abandonHeld();
    }
    m_order = {};
    m_attempt.reset();
    m_numberVisible = false;
    m_orderSettled = false;
    m_overdueTimer.stop();
    showPhase(Phase::Idle);
}

void PaymentController::onAttemptChanged(const PaymentAttempt &attempt)
{
    if (const auto left = m_leftBehind.constFind(attempt.id); left != m_leftBehind.cend()) {
        if (!attempt.isFinal())
            return;
        const QString orderId = *left;
        m_leftBehind.erase(left);
        // A completed one is paid: staff see its number (PaymentStore::paidNumberNotShown).
        if (attempt.status != PaymentStatus::Completed) {
            QString error;
            if (!m_store.abandon(orderId, now(), &error))
                qCWarning(lcPaymentPage) << "left-behind held order not abandoned:" << error;
            else if (m_wake)
                m_wake();
        }
        return;
    }
    if (!m_attempt || attempt.id != m_attempt->id || m_attempt->isFinal() || m_orderSettled)
        return;
    m_attempt = attempt;
    if (attempt.isFinal()) {
        m_overdueTimer.stop();
        settle(attempt);
        return;
    }
    if (m_phase == Phase::Unconfirmed)
        return; // still no final word: the number stays up for staff
    if (attempt.cancelRequested)
        showPhase(Phase::Cancelling);
    else if (attempt.status == PaymentStatus::InProgress)
        showPhase(Phase::OnReader);
    else if (attempt.status == PaymentStatus::Pending)
        showPhase(Phase::WaitingForReader);
    else
        showPhase(Phase::Starting);
}

void PaymentController::settle(const PaymentAttempt &attempt)
{
    switch (attempt.status) {
    case PaymentStatus::Completed:
        // Even after a cancel was asked: the card was charged, so the customer gets the number.
        showPaid();
        return;
    case PaymentStatus::Declined:
        showPhase(Phase::Declined, Reason::CardDeclined, attempt.reason);
        return;
    case PaymentStatus::Canceled:
        showPhase(Phase::Canceled, canceledReason(attempt.reason));
        return;
    default:
        showPhase(Phase::Refused, refusedReason(attempt.reason));
        return;
    }
}

void PaymentController::onOrderPaid(const QString &orderId)
{
    if (orderId != m_order.orderId || m_orderSettled)
        return;
    m_overdueTimer.stop();
    showPaid();
}

void PaymentController::showPaid()
{
    m_store.markNumberShown(m_order.orderId, now());
    m_orderSettled = true;
    m_numberVisible = true;
    showPhase(Phase::Completed);
    emit numberReady(true);
}

void PaymentController::checkOverdue()
{
    if (!m_attempt || m_attempt->isFinal() || m_phase == Phase::Unconfirmed)
        return;
    const QDateTime due = m_attempt->createdAt.addSecs(m_settings.timeoutS + UnconfirmedGraceS);
    if (now() < due)
        return;
    // Nobody can know whether the card was charged: staff settle it with this number.
    qCWarning(lcPaymentPage) << "card payment unconfirmed after" << m_settings.timeoutS + UnconfirmedGraceS << "s";
    m_numberVisible = true;
    showPhase(Phase::Unconfirmed);
}

void PaymentController::showPhase(Phase phase, Reason reason, const QString &declineText)
{
    m_phase = phase;
    m_reason = reason;
    m_declineText = declineText;
    emit changed();
    if (const bool open = attemptOpen(); open != m_lastAttemptOpen) {
        m_lastAttemptOpen = open;
        emit attemptOpenChanged();
    }
}

} // namespace kiosk
