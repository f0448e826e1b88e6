#pragma once

// The sync worker's only way to "the backend": what the kiosk needs from a point of sale, as
// kiosk outcomes, never as the protocol's status codes. One adapter per backend (contract v1
// today: ContractV1Backend); tests use an in-memory fake.
//
// Shaped for what comes next. Contract v1 takes an order in one request; Square creates the
// order, attaches a reward, takes the payment on a terminal, then accrues points. So deliver()
// is one call per outbox entry whatever the adapter sends behind it (each step idempotent under
// a key derived from the entry's, so a RetryLater may safely replay them all), and its outcome
// can carry what the backend changed (OrderAdjustment: a reward it could not honour is an
// adjustment on an accepted order, never a failed one). Outbox kinds reach the adapter as they
// are, so a new kind (releasing or cancelling a held order) is a case in the adapters, not in
// the worker's delivery loop. Payments (create an attempt, read its status, cancel it) are
// interactive rather than queued: operations of their own, with their own outcome, called by the
// payment worker (app/sync/paymentworker.h) on its own thread with its own port.

#include "domain/loyalty.h"
#include "domain/payment.h"
#include "domain/promotion.h"
#include "domain/money.h"
#include "sync/backoff.h"
#include "sync/loyaltylookup.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace kiosk {

// What one call showed about the way to the backend, whatever its outcome. The worker's online
// state follows it; a RetryLater that found the backend Unreachable goes again as soon as the
// backend is back.
enum class Reach {
    Unknown,     // an answer that says nothing either way (a 5xx may come from a proxy)
    Reached,     // the backend answered, if only to refuse
    Unreachable, // no answer at all: refused, timed out, reset
};

// What every outcome says besides its result.
struct BackendExchange
{
    Reach reach = Reach::Unknown;
    qint64 elapsedMs = 0;
    // The last HTTP status the call got (0: none), for the log and for staff only: the worker
    // never decides anything on it.
    int httpStatus = 0;
};

// An outbox entry to deliver. `kind`: "order" (submit an order), "order_release" (a held order
// goes to the kitchen to be paid at the counter; body {"method":"counter"}), "order_cancel" (a
// held order nobody paid for is dropped; body {}), "order_paid" (a held order's card payment
// completed; body {}), "feedback" (a customer's rating), "assist" (a call for staff),
// "loyalty_enrolment" (a customer joined the rewards program at the kiosk: key the new member's
// id, body LoyaltyEnrolment::toContractJson(); Delivered's receipt is the backend's member,
// contract v1's POST /v1/loyalty/members answer; an adapter whose backend cannot enrol answers
// Rejected with code "not_supported"),
// "item_availability" (staff paused an item until a time or resumed it: key "<item id>/<uuid>",
// body {"available": false, "until": "<RFC 3339 UTC>"} or {"available": true}; contract v1's
// PUT /v1/menu/items/<id>/available; an adapter whose backend cannot pause answers Rejected
// with code "not_supported", and the pause stays on the kiosk). For the
// three held-order kinds `key` is the order's id. `key` is its idempotency key; `body` the
// kiosk's own document for it (the contract v1 JSON: Order::toContractJson() and its siblings),
// which an adapter translates for its backend.
// The outbox kind of an enrolment (see Delivery).
inline QString loyaltyEnrolmentKind()
{
    return QStringLiteral("loyalty_enrolment");
}

struct Delivery
{
    QString kind;
    QString key;
    QByteArray body;
    // For the held-order kinds: the receipt the adapter returned when it delivered the order
    // itself (Delivered::receipt), so an adapter whose backend names the order its own way
    // (Square's order id) finds it again without a table of its own.
    QByteArray orderReceipt = {};
};

// Something the backend changed on an order it accepted: a reward it could not honour, a total
// it computed otherwise. Reported, never a reason to fail the order.
struct OrderAdjustment
{
    QString kind;     // "reward", "promo" (contract v1's adjustments), or what an adapter adds
    QString subject;  // what it concerns: a reward id, "total", an item id
    QString reason;   // plain words, for staff and the log
    Cents amount = 0; // the change to what the customer owes (negative: less); 0 when none
};

struct DeliveryOutcome : BackendExchange
{
    struct Delivered
    {
        QByteArray receipt;              // the backend's answer, kept with the entry
        std::optional<int> pointsEarned; // orders only
        QList<OrderAdjustment> adjustments;
    };
    // Not known to be stored: the same delivery goes again, after a backoff and no sooner than
    // `retryAfter` when the backend asked for a pause.
    struct RetryLater
    {
        QString reason;
        std::optional<Backoff::Millis> retryAfter;
    };
    // Refused for good: the same delivery would be refused again. Staff see it and decide.
    struct Rejected
    {
        QString reason;
        QByteArray answer; // the backend's answer, kept with the entry
        // The backend's machine-readable reason when it gave one (contract v1's error "code":
        // "order_already_paid", "order_not_held", "validation", ...); "" otherwise.
        QString code = {};
    };

    std::variant<Delivered, RetryLater, Rejected> result;

    static DeliveryOutcome delivered(QByteArray receipt, std::optional<int> pointsEarned = std::nullopt,
                                     QList<OrderAdjustment> adjustments = {});
    static DeliveryOutcome retryLater(QString reason, std::optional<Backoff::Millis> retryAfter = std::nullopt);
    static DeliveryOutcome rejected(QString reason, QByteArray answer = {}, QString code = {});
};

// The menu as a kiosk menu document (the format of menu.json, whatever the backend's own), with
// the validator that asks for it again only once it changed (an ETag, a catalog version).
struct MenuOutcome : BackendExchange
{
    struct Updated
    {
        QByteArray document;
        QString validator; // empty when the backend gives none
        // What the adapter could not turn into the kiosk's menu, one line per object ("ITEM
        // W62U... (Latte): variable price"): logged and shown to staff, never dropped silently.
        QStringList problems;
    };
    struct NotModified
    {
    };
    struct Failed
    {
        QString reason;
    };

    std::variant<Updated, NotModified, Failed> result;
};

struct LookupOutcome : BackendExchange
{
    struct Found
    {
        QList<LoyaltyMember> members; // never empty: see NotFound
    };
    struct NotFound
    {
    };
    // The backend could not answer (down, overloaded, the kiosk's credentials refused, a
    // mangled answer): the offline cache may.
    struct Unavailable
    {
        QString reason; // never contains the identifier
    };
    // The backend refused this very lookup: the cache would only hide the problem.
    struct Refused
    {
        QString reason;
    };

    std::variant<Found, NotFound, Unavailable, Refused> result;
};

// A promo code as the backend knows it (contract v1's GET /v1/promotions/<code>).
struct PromotionOutcome : BackendExchange
{
    struct Found
    {
        Promotion promotion; // its rules (dates, minimum) still to be checked by the kiosk
    };
    struct NotFound
    {
    };
    // No answer that says anything (down, the token refused, a mangled answer, a backend with
    // no promo codes): the kiosk's offline list may know the code.
    struct Unavailable
    {
        QString reason; // never contains the code
    };

    std::variant<Found, NotFound, Unavailable> result;
};

struct HealthOutcome : BackendExchange
{
    struct Up
    {
    };
    struct Down
    {
        QString reason;
    };

    std::variant<Up, Down> result;

    bool isUp() const { return std::holds_alternative<Up>(result); }
};

// A create, read or cancel of a card payment (docs/backend-api.md, "Payments").
struct PaymentOutcome : BackendExchange
{
    // The backend has the payment and says where it stands. A create's answer is always
    // Pending (its status comes only from a read); a cancel's is the payment after the request.
    struct Known
    {
        PaymentReport report;
    };
    // The backend has no payment with this id: its create never arrived (a read's or cancel's
    // 404). The same create must go again, never a new one.
    struct Unknown
    {
    };
    // No answer that says anything (no connection, timeout, 5xx, 429, credentials refused, a
    // mangled answer): ask again later, no sooner than `retryAfter` when given.
    struct Unavailable
    {
        QString reason;
        std::optional<Backoff::Millis> retryAfter = std::nullopt;
    };
    // Refused for good (a create: terminal busy, order not held or already paid, amount
    // mismatch). Nothing was charged under this id; `code` is the contract's error code.
    struct Refused
    {
        QString code;
        QString reason;
    };

    std::variant<Known, Unknown, Unavailable, Refused> result;
};

// Every call blocks the sync thread (the only thread that may use a port) until it has its
// outcome; a stop request (the flag given to the factory) makes it give up within about 50 ms.
class BackendPort
{
public:
    virtual ~BackendPort() = default;

    // Whether calls can go out now (say, a token is there to send); if not, `why` says what is
    // missing and the worker sends nothing. Cheap: asked before every call.
    virtual bool ready(QString *why) = 0;

    virtual DeliveryOutcome deliver(const Delivery &delivery) = 0;
    // `validator` from the last Updated (empty: none), so an unchanged menu is NotModified.
    virtual MenuOutcome fetchMenu(const QString &validator) = 0;
    // `identifier` is normalised already (E.164 phone, trimmed member number or code).
    virtual LookupOutcome lookupMember(LoyaltyLookupKind kind, const QString &identifier) = 0;
    virtual HealthOutcome probeHealth() = 0;
    // `code` is normalized and well formed already (isWellFormedPromoCode).
    virtual PromotionOutcome lookupPromotion(const QString &code) = 0;

    // Card payments. `attempt.body` is what createPayment sends, byte for byte, every time;
    // `orderReceipt` is the receipt of the held order's delivery (see Delivery::orderReceipt).
    virtual PaymentOutcome createPayment(const PaymentAttempt &attempt, const QByteArray &orderReceipt) = 0;
    virtual PaymentOutcome readPayment(const QString &paymentId) = 0;
    virtual PaymentOutcome cancelPayment(const QString &paymentId, PaymentCancelReason reason) = 0;
};

// Makes the worker's port, on the sync thread, when the worker starts. `stopping` is set when
// the kiosk stops: a call in flight then gives up.
using BackendPortFactory = std::function<std::unique_ptr<BackendPort>(const std::atomic_bool *stopping)>;

} // namespace kiosk
