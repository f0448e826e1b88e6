#pragma once

#include "config/paymentsettings.h"
#include "config/squaresettings.h"
#include "domain/payment.h"

#include <QDateTime>
#include <QObject>
#include <QHash>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace kiosk {

class PaymentStore;

// An order saved held for its card payment: what the payment page needs of it.
struct HeldOrder
{
    QString orderId;
    QString number; // allocated at confirm, shown only once paid or released for the counter
    Cents amount = 0;
};

// The customer's side of card payment (docs/payments.md), between the cart and the number:
// the choice of card or counter, the attempt on the reader, its result and what may follow.
// It saves the customer's choices (PaymentStore on the GUI connection) and wakes the payment
// worker; the worker's reports arrive as attemptChanged(). A cancel is a request: the page
// waits for the backend's final word, and a card approved anyway shows the number.
class PaymentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(Reason reason READ reason NOTIFY changed)
    // The backend's words for a decline ("Insufficient funds"); empty otherwise.
    Q_PROPERTY(QString declineText READ declineText NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)
    // The order's number, once it may be shown (paid, released, or unconfirmed: for staff).
    Q_PROPERTY(QString orderNumber READ orderNumber NOTIFY changed)
    // Whether this kiosk takes cards at all (payment.mode), and whether it can right now.
    Q_PROPERTY(bool cardEnabled READ cardEnabled NOTIFY offerChanged)
    Q_PROPERTY(bool cardOffered READ cardOffered NOTIFY offerChanged)
    Q_PROPERTY(bool canTryAgain READ canTryAgain NOTIFY changed)
    // False once the backend refused the order itself: the counter could not take it either.
    Q_PROPERTY(bool canPayAtCounter READ canPayAtCounter NOTIFY changed)
    // With Square the counter takes the order itself (the kiosk's is not sent: Square's point
    // of sale shows an order from the kiosk only once it is paid), so "the counter" means
    // "order at the counter instead" and nothing gets a number here.
    Q_PROPERTY(bool counterTakesOrder READ counterTakesOrder NOTIFY offerChanged)
    // Pending, on the reader or cancelling: the customer is at the reader, no idle timeout.
    Q_PROPERTY(bool attemptOpen READ attemptOpen NOTIFY attemptOpenChanged)

public:
    enum class Phase {
        Idle,             // no payment on screen
        Choosing,         // card or counter
        Starting,         // the attempt is saved; the backend does not have it yet
        WaitingForReader, // pending: the reader is being readied
        OnReader,         // in progress: the customer follows the reader
        Cancelling,       // a cancel was asked; waiting for the backend's final word
        Completed,
        Declined,
        Canceled,
        Refused,          // the backend would not start it: nothing was charged
        Unconfirmed,      // no final word long after the timeout: staff settle it
        Unavailable,      // the card is not offered right now: the counter only
        OrderAtCounter,   // (counterTakesOrder) the customer orders at the counter; nothing was sent
    };
    Q_ENUM(Phase)
    // Why an attempt ended without a charge; the page says it in plain words.
    enum class Reason {
        None,
        BuyerCanceled,   // on the reader
        SellerCanceled,  // the Cancel button
        TimedOut,        // nobody finished at the reader in time
        CardDeclined,    // the bank said no (declineText says why, in its words)
        TerminalBusy,    // the reader has another payment
        OrderNotPayable, // the backend will not take a card for this order
        CannotSave,      // the kiosk could not save the order
        Other,
    };
    Q_ENUM(Reason)

    // How long past payment.timeout_s the page waits for a final word before it gives the
    // customer the number as a reference for staff.
    static constexpr int UnconfirmedGraceS = 30;

    // Places the visit's order paid `method`: Card holds it (the number not shown), Counter
    // shows its number at once. nullopt when it could not be saved (the session says why).
    using PlaceOrder = std::function<std::optional<HeldOrder>(PaymentMethod)>;

    PaymentController(PaymentStore &store, std::function<void()> wake, QObject *parent = nullptr);

    void applySettings(const PaymentSettings &settings, const QString &currency,
                       BackendKind backend = BackendKind::ContractV1);
    void setLanguage(const QString &language);
    void setBackendOnline(bool online);
    void setPlaceOrder(PlaceOrder place) { m_place = std::move(place); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Phase phase() const { return m_phase; }
    Reason reason() const { return m_reason; }
    QString declineText() const { return m_declineText; }
    QString amountText() const;
    QString orderNumber() const { return m_numberVisible ? m_order.number : QString(); }
    bool cardEnabled() const { return m_settings.cardEnabled(); }
    bool counterTakesOrder() const { return m_backend == BackendKind::Square; }
    bool cardOffered() const;
    bool canTryAgain() const;
    bool canPayAtCounter() const;
    bool attemptOpen() const;
    QString attemptId() const { return m_attempt ? m_attempt->id : QString(); }
    QString heldOrderId() const { return m_order.orderId; }

    // The cart checked out in a card mode: the choice, or straight to the card ("card"), or
    // the counter only when the card cannot be offered.
    void start(Cents amount);
    // The visit ends: a held order nobody paid for is abandoned (at once, or once its open
    // attempt is settled); the page returns to Idle.
    void endVisit();

    Q_INVOKABLE void payByCard();
    Q_INVOKABLE void payAtCounter();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void tryAgain();
    Q_INVOKABLE void backToCart();

public slots:
    void onAttemptChanged(const kiosk::PaymentAttempt &attempt);
    // An order turned out paid (PaymentService::orderPaid): if it is the one on screen, its
    // number is shown whatever the page said.
    void onOrderPaid(const QString &orderId);
    // An open attempt with no final word timeout_s + UnconfirmedGraceS after it started
    // becomes Unconfirmed (the page's timer calls this each second).
    void checkOverdue();

signals:
    void changed();
    void offerChanged();
    void attemptOpenChanged();
    // The order's number may be shown: paid by card, or released to pay at the counter.
    void numberReady(bool paidByCard);
    // The held order was dropped (back to the cart): the cart still holds its lines.
    void orderAbandoned();

private:
    void beginAttempt();
    void showPhase(Phase phase, Reason reason = Reason::None, const QString &declineText = {});
    void settle(const PaymentAttempt &attempt);
    void showPaid();
    void releaseForCounter();
    void orderAtCounter();
    bool abandonHeld();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    PaymentStore &m_store;
    std::function<void()> m_wake;
    std::function<QDateTime()> m_clock;
    PlaceOrder m_place;
    PaymentSettings m_settings;
    BackendKind m_backend = BackendKind::ContractV1;
    QString m_currency = QStringLiteral("USD");
    QString m_language = QStringLiteral("en");
    bool m_online = false;
    Phase m_phase = Phase::Idle;
    Reason m_reason = Reason::None;
    QString m_declineText;
    HeldOrder m_order;                       // empty orderId: none held
    std::optional<PaymentAttempt> m_attempt; // the visit's current attempt
    bool m_numberVisible = false;
    bool m_lastAttemptOpen = false;
    bool m_orderSettled = false; // paid, or released for the counter
    // Held orders (by attempt id) of visits that ended with the attempt unsettled: dropped once
    // it is final without a charge.
    QHash<QString, QString> m_leftBehind;
    QTimer m_overdueTimer;
};

} // namespace kiosk
