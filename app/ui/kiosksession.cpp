#include "ui/kiosksession.h"

#include "domain/menu.h"
#include "ui/assign.h"
#include "ui/cartmodel.h"
#include "ui/comboeditor.h"
#include "domain/combooffer.h"
#include "ui/itemeditor.h"
#include "domain/moneyformat.h"

#include <QLoggingCategory>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSession, "kiosk.session")

namespace kiosk {

namespace {

// The line an add went into: the new one, or the one whose quantity grew (a merge).
QString lineAddedTo(const QList<CartLine> &before, const QList<CartLine> &after)
{
    for (const CartLine &line : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&](const CartLine &b) { return b.lineId == line.lineId; });
        if (old == before.cend() || old->quantity != line.quantity)
            return line.lineId;
    }
    return {};
}

} // namespace

KioskSession::KioskSession(CartModel &cart, ItemEditor &editor, ComboEditor &comboEditor, Checkout &checkout,
                           QObject *parent)
    : QObject(parent), m_cart(cart), m_editor(editor), m_comboEditor(comboEditor), m_checkout(checkout)
{
    connect(&m_idle, &IdleMonitor::expired, this, [this] {
        qCInfo(lcSession) << "customer idle: order discarded";
        endOrder();
    });
    m_confirmationTimer.setInterval(1000);
    connect(&m_confirmationTimer, &QTimer::timeout, this, &KioskSession::tickConfirmation);
}

void KioskSession::applyConfig(const KioskConfig &config)
{
    m_languages = config.languages;
    m_defaultLanguage = config.defaultLanguage;
    m_currency = config.currency;
    m_confirmationTimeoutS = config.confirmationTimeoutS;
    m_idle.setIdleTimeoutMs(config.idleTimeoutS * 1000);
    m_idle.setWarningMs(config.idleWarningS * 1000);
    m_checkout.setSettings({config.kioskId, config.orderPrefix, config.taxRateBps});
    m_takesCards = config.payment.cardEnabled();
    emit settingsChanged();
    // Between customers the kiosk speaks the store's default language.
    m_language = m_defaultLanguage;
    emit languageChanged();
}

void KioskSession::setLanguage(const QString &language)
{
    if (language == m_language || !m_languages.contains(language))
        return;
    m_language = language;
    emit languageChanged();
}

void KioskSession::startOrder()
{
    m_confirmationTimer.stop();
    emit orderStarted(); // a new customer: nobody's member data, an empty cart
    setDineOption(DineOption::NotChosen);
    setCheckoutError(CheckoutError::None);
    m_held.reset();
    m_numberShown = false;
    setOrderOpen(true);
}

void KioskSession::chooseDineOption(DineOption option)
{
    setDineOption(option);
}

bool KioskSession::openItem(const QString &itemId)
{
    const MenuItem *item = m_menu ? m_menu->item(itemId) : nullptr;
    if (!item || !item->available)
        return false;
    m_editor.openItem(*m_menu, *item);
    return true;
}

bool KioskSession::addEditedItem()
{
    const QString itemId = m_editor.itemId();
    const QList<CartLine> before = m_cart.basket().lines();
    if (!m_editor.addTo(&m_cart))
        return false;
    // The page was opened on an earlier menu: an item hidden or paused since comes in flagged.
    if (m_menu)
        m_cart.refreshAvailability(*m_menu);
    m_editor.close();
    emit itemAdded(itemId, lineAddedTo(before, m_cart.basket().lines()));
    return true;
}

bool KioskSession::openCombo(const QString &comboId)
{
    const Combo *combo = m_menu ? m_menu->combo(comboId) : nullptr;
    if (!combo || !comboOffer(*m_menu, *combo).available)
        return false;
    m_mealFromLineId.clear();
    m_comboEditor.openCombo(*m_menu, *combo);
    return true;
}

bool KioskSession::makeItAMeal(const QString &comboId, const QString &lineId)
{
    const Combo *combo = m_menu ? m_menu->combo(comboId) : nullptr;
    if (!combo || !comboOffer(*m_menu, *combo).available)
        return false;
    const QList<CartLine> &lines = m_cart.basket().lines();
    const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                   [&](const CartLine &l) { return l.lineId == lineId; });
    if (line == lines.cend() || line->isCombo() || !line->available)
        return false;
    const MenuItem *item = m_menu->item(line->itemId);
    const std::optional<ItemSelection> main =
            item ? ItemSelection::fromOptionIds(*m_menu, *item, line->optionIds) : std::nullopt;
    if (!main || !m_comboEditor.openCombo(*m_menu, *combo, *main))
        return false;
    m_mealFromLineId = lineId;
    return true;
}

bool KioskSession::addEditedCombo()
{
    if (!m_comboEditor.addTo(&m_cart))
        return false;
    // The item the meal was made from is in the meal now.
    if (!m_mealFromLineId.isEmpty())
        m_cart.takeOne(std::exchange(m_mealFromLineId, QString()));
    // As for an item: a meal walked since before its hours ended comes in flagged.
    if (m_menu)
        m_cart.refreshAvailability(*m_menu);
    m_comboEditor.close();
    return true;
}

std::optional<kiosk::DineOption> KioskSession::orderDineOption() const
{
    if (m_dineOption == DineOption::NotChosen)
        return std::nullopt;
    return m_dineOption == DineOption::TakeOut ? kiosk::DineOption::ToGo : kiosk::DineOption::Here;
}

bool KioskSession::checkout()
{
    if (m_takesCards) {
        // Nothing is saved before the customer chose how to pay; what would refuse the order
        // is said now, on the cart.
        setCheckoutError(static_cast<CheckoutError>(m_checkout.check(*m_menu, orderDineOption())));
        if (m_checkoutError != CheckoutError::None)
            return false;
        emit paymentRequested(m_cart.totals().total);
        return true;
    }
    const Checkout::Result placed = m_checkout.place(*m_menu, orderDineOption(), m_language);
    setCheckoutError(static_cast<CheckoutError>(placed.error));
    if (placed.error != Checkout::Error::None)
        return false;
    confirm(placed, false);
    return true;
}

std::optional<Checkout::Result> KioskSession::placeOrder(PaymentMethod method)
{
    const Checkout::Result placed = m_checkout.place(*m_menu, orderDineOption(), m_language, method);
    setCheckoutError(static_cast<CheckoutError>(placed.error));
    if (placed.error != Checkout::Error::None)
        return std::nullopt;
    m_held = placed;
    return placed;
}

void KioskSession::showNumber(bool paidByCard)
{
    if (!m_held)
        return;
    const Checkout::Result placed = *std::exchange(m_held, std::nullopt);
    confirm(placed, paidByCard);
}

void KioskSession::confirm(const Checkout::Result &placed, bool paidByCard)
{
    m_lastOrderNumber = placed.number;
    m_lastOrderId = placed.order.id.toString(QUuid::WithoutBraces);
    m_lastOrderTotalText = formatMoney(placed.order.totals.total, m_language, m_currency);
    m_lastOrderPaidByCard = paidByCard;
    emit orderPlaced(placed.order, placed.sequence);
    // The customer has their number; nothing is pending, so idling now loses nothing.
    m_numberShown = true;
    m_idle.setActive(false);
    restartConfirmationCountdown();
    emit orderConfirmed(placed.number);
}

void KioskSession::setPaymentOpen(bool open)
{
    m_paymentOpen = open;
    // Afterwards the usual idle time (and warning) applies again, from the start.
    m_idle.setActive(m_orderOpen && !m_paymentOpen && !m_numberShown);
}

void KioskSession::restartConfirmationCountdown()
{
    m_confirmationSecondsLeft = m_confirmationTimeoutS;
    emit confirmationSecondsLeftChanged();
    if (m_confirmationTimeoutS > 0)
        m_confirmationTimer.start();
}

void KioskSession::tickConfirmation()
{
    m_confirmationSecondsLeft = std::max(0, m_confirmationSecondsLeft - 1);
    emit confirmationSecondsLeftChanged();
    if (m_confirmationSecondsLeft == 0)
        endOrder();
}

void KioskSession::endOrder()
{
    m_confirmationTimer.stop();
    // Finished, cancelled or idle: nothing of the customer stays on screen.
    emit orderEnding();
    m_held.reset();
    m_numberShown = false;
    setDineOption(DineOption::NotChosen);
    setCheckoutError(CheckoutError::None);
    setOrderOpen(false);
    if (m_language != m_defaultLanguage) {
        m_language = m_defaultLanguage;
        emit languageChanged();
    }
    emit orderEnded();
}

void KioskSession::setCheckoutError(CheckoutError error)
{
    if (assignIfChanged(m_checkoutError, error))
        emit checkoutErrorChanged();
}

void KioskSession::setOrderOpen(bool open)
{
    m_idle.setActive(open && !m_paymentOpen);
    if (assignIfChanged(m_orderOpen, open))
        emit orderOpenChanged();
}

void KioskSession::setDineOption(DineOption option)
{
    if (assignIfChanged(m_dineOption, option))
        emit dineOptionChanged();
}

} // namespace kiosk
