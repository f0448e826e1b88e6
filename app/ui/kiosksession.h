#pragma once

#include "config/kioskconfig.h"
#include "domain/order.h"
#include "ui/checkout.h"
#include "ui/idlemonitor.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

class CartModel;
class ComboEditor;
class ItemEditor;
class Menu;

// One customer's visit, from the attract screen to the order number: the order open or not,
// the dine option, the language, idling, checkout and the confirmation countdown. The parts
// that keep something of the customer (cart, loyalty, feedback, accessibility) are told by
// orderStarted() and orderEnding(); this object does not own them.
class KioskSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(DineOption dineOption READ dineOption NOTIFY dineOptionChanged)
    Q_PROPERTY(bool orderOpen READ isOrderOpen NOTIFY orderOpenChanged)
    Q_PROPERTY(QString lastOrderNumber READ lastOrderNumber NOTIFY orderConfirmed)
    Q_PROPERTY(QString lastOrderTotalText READ lastOrderTotalText NOTIFY orderConfirmed)
    // The number on screen is of an order paid by card (else: pay at the counter).
    Q_PROPERTY(bool lastOrderPaidByCard READ lastOrderPaidByCard NOTIFY orderConfirmed)
    Q_PROPERTY(CheckoutError checkoutError READ checkoutError NOTIFY checkoutErrorChanged)
    // The confirmation screen closes by itself: the full time, and what is left of it.
    Q_PROPERTY(int confirmationTimeoutS READ confirmationTimeoutS NOTIFY settingsChanged)
    Q_PROPERTY(int confirmationSecondsLeft READ confirmationSecondsLeft NOTIFY confirmationSecondsLeftChanged)
    Q_PROPERTY(kiosk::IdleMonitor *idle READ idle CONSTANT)

public:
    enum class DineOption { NotChosen, DineIn, TakeOut };
    Q_ENUM(DineOption)
    // Why a checkout did not go through; the pages turn these into words.
    enum class CheckoutError { None, EmptyCart, UnavailableItems, NoDineOption, CannotSave };
    Q_ENUM(CheckoutError)

    KioskSession(CartModel &cart, ItemEditor &editor, ComboEditor &comboEditor, Checkout &checkout,
                 QObject *parent = nullptr);

    // The config in force: languages, timeouts, what checkout stamps on an order. Between
    // customers only (the composition root sees to that).
    void applyConfig(const KioskConfig &config);
    // The menu customers order from; it outlives this object.
    void setMenu(const Menu *menu) { m_menu = menu; }

    QString language() const { return m_language; }
    DineOption dineOption() const { return m_dineOption; }
    bool isOrderOpen() const { return m_orderOpen; }
    QString lastOrderNumber() const { return m_lastOrderNumber; }
    QString lastOrderTotalText() const { return m_lastOrderTotalText; }
    bool lastOrderPaidByCard() const { return m_lastOrderPaidByCard; }
    // The id (and idempotency key) of the order whose number is shown.
    QString lastOrderId() const { return m_lastOrderId; }
    CheckoutError checkoutError() const { return m_checkoutError; }
    int confirmationTimeoutS() const { return m_confirmationTimeoutS; }
    int confirmationSecondsLeft() const { return m_confirmationSecondsLeft; }
    IdleMonitor *idle() { return &m_idle; }

    // Switches every text (the pages' and the menu's) to `language`, one of the store's.
    Q_INVOKABLE void setLanguage(const QString &language);
    // The customer left the attract screen: a fresh, empty order starts.
    Q_INVOKABLE void startOrder();
    Q_INVOKABLE void chooseDineOption(kiosk::KioskSession::DineOption option);
    Q_INVOKABLE bool openItem(const QString &itemId);
    Q_INVOKABLE bool addEditedItem();
    // A meal: its steps in the combo editor; false when it is unknown or cannot be had now.
    Q_INVOKABLE bool openCombo(const QString &comboId);
    // "Make it a meal": the combo's main step filled with the item (and options) of cart line
    // `lineId`. Adding the meal takes one unit of that line into it; leaving it changes nothing.
    Q_INVOKABLE bool makeItAMeal(const QString &comboId, const QString &lineId);
    Q_INVOKABLE bool addEditedCombo();
    // Saves the order durably and only then reports its number (orderConfirmed). In a store
    // that takes cards it checks the order can be placed and asks for payment first
    // (paymentRequested): placeOrder() and showNumber() follow.
    Q_INVOKABLE bool checkout();
    // Saves the visit's order to be paid `method` (Card: held) without showing its number or
    // emptying the cart; nullopt when it cannot be saved (checkoutError says why).
    std::optional<Checkout::Result> placeOrder(PaymentMethod method);
    // The order placeOrder() saved is paid by card or released for the counter: its number.
    void showNumber(bool paidByCard);
    // An attempt is open: the customer is at the card reader, so idling ends nothing.
    void setPaymentOpen(bool open);
    // The customer answered something on the confirmation screen: the full time again.
    Q_INVOKABLE void restartConfirmationCountdown();
    // Ends the visit: the cart is discarded and the language returns to the default.
    Q_INVOKABLE void endOrder();

signals:
    void languageChanged();
    void dineOptionChanged();
    void orderOpenChanged();
    void checkoutErrorChanged();
    void settingsChanged();
    void confirmationSecondsLeftChanged();
    void orderStarted();
    // Saved with its number and sequence: the parts that follow an order take it from here.
    void orderPlaced(const kiosk::Order &order, int sequence);
    void orderConfirmed(const QString &number);
    // addEditedItem() put `itemId` into the cart line `lineId` (new, or one it merged into).
    void itemAdded(const QString &itemId, const QString &lineId);
    // Checked out in a store that takes cards: the payment page takes over (amount in cents).
    void paymentRequested(kiosk::Cents amount);
    // The visit is ending (finished, cancelled or timed out): nothing of the customer may stay.
    void orderEnding();
    // The visit is over: the pages return to the attract screen.
    void orderEnded();

private:
    void setCheckoutError(CheckoutError error);
    void setOrderOpen(bool open);
    void setDineOption(DineOption option);
    void tickConfirmation();
    std::optional<kiosk::DineOption> orderDineOption() const;
    void confirm(const Checkout::Result &placed, bool paidByCard);

    CartModel &m_cart;
    ItemEditor &m_editor;
    ComboEditor &m_comboEditor;
    QString m_mealFromLineId; // the cart line the open meal was made from, if any
    Checkout &m_checkout;
    const Menu *m_menu = nullptr;
    QStringList m_languages;
    QString m_defaultLanguage = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
    QString m_language = QStringLiteral("en");
    DineOption m_dineOption = DineOption::NotChosen;
    bool m_orderOpen = false;
    QString m_lastOrderNumber;
    QString m_lastOrderTotalText;
    QString m_lastOrderId;
    bool m_lastOrderPaidByCard = false;
    bool m_takesCards = false;             // payment.mode is not "counter"
    std::optional<Checkout::Result> m_held; // placed, number not shown yet
    bool m_paymentOpen = false;
    bool m_numberShown = false;
    CheckoutError m_checkoutError = CheckoutError::None;
    int m_confirmationTimeoutS = 0;
    int m_confirmationSecondsLeft = 0;
    QTimer m_confirmationTimer;
    IdleMonitor m_idle;
};

} // namespace kiosk
