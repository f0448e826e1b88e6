#include "ui/promocontroller.h"

#include "domain/moneyformat.h"
#include "sync/syncservice.h"
#include "ui/cartmodel.h"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPromo, "kiosk.promo")

namespace kiosk {

PromoController::PromoController(CartModel *cart, QObject *parent) : QObject(parent), m_cart(cart)
{
    connect(m_cart, &CartModel::changed, this, &PromoController::onCartChanged);
}

void PromoController::setSync(SyncService *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncService::promotionLookedUp, this, &PromoController::onLookedUp);
}

void PromoController::setMenu(const Menu &menu)
{
    m_menu = menu;
    emit changed(); // a free item's name
}

void PromoController::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    emit changed();
}

void PromoController::apply(const QString &typed)
{
    const QString code = normalizedPromoCode(typed);
    ++m_requestId; // an answer still on its way for an earlier code is ignored
    m_code = code;
    if (!isWellFormedPromoCode(code)) {
        // Never looked up: a scanner's stray characters stay off the network and out of the log.
        qCInfo(lcPromo) << "promo code refused: not a code";
        refuse(Malformed);
        return;
    }
    if (m_square || !m_sync) {
        useOffline(code);
        return;
    }
    m_state = Checking;
    m_refusal = None;
    m_detail.clear();
    emit changed();
    m_sync->lookupPromotion(m_requestId, code);
}

void PromoController::onLookedUp(const PromotionLookupResult &result)
{
    if (result.requestId != m_requestId || m_state != Checking)
        return;
    switch (result.outcome) {
    case PromotionLookupResult::Outcome::Found:
        check(result.promotion);
        return;
    case PromotionLookupResult::Outcome::NotFound:
        qCInfo(lcPromo).noquote() << "promo code" << m_code << "unknown to the backend";
        refuse(Unknown);
        return;
    case PromotionLookupResult::Outcome::Unavailable:
        qCInfo(lcPromo).noquote() << "promo lookup unavailable:" << result.error;
        useOffline(m_code);
        return;
    }
}

void PromoController::useOffline(const QString &code)
{
    const auto found = std::find_if(m_offline.cbegin(), m_offline.cend(),
                                    [&](const Promotion &p) { return normalizedPromoCode(p.code) == code; });
    if (found != m_offline.cend()) {
        check(*found);
        return;
    }
    // Offline an unknown code may still be a real one; Square has no lookup, so there it is not.
    qCInfo(lcPromo).noquote() << "promo code" << code << "not in the offline list";
    refuse(m_square ? Unknown : Unavailable);
}

void PromoController::check(const Promotion &promotion)
{
    const QDateTime now = m_nowUtc ? m_nowUtc() : QDateTime::currentDateTimeUtc();
    const PromotionCheck result = m_cart->applyPromotion(promotion, now);
    m_code = normalizedPromoCode(promotion.code);
    if (result != PromotionCheck::Applies) {
        qCInfo(lcPromo).noquote() << "promo code" << m_code << "refused:" << refusalOf(result);
        refuse(refusalOf(result), detailOf(result, promotion));
        return;
    }
    qCInfo(lcPromo).noquote() << "promo code" << m_code << "applied";
    m_state = Applied;
    m_refusal = None;
    m_detail.clear();
    emit changed();
    emit answered();
}

void PromoController::refuse(Refusal refusal, const QString &detail)
{
    m_state = Refused;
    m_refusal = refusal;
    m_detail = detail;
    emit changed();
    emit answered();
}

void PromoController::remove()
{
    m_cart->removePromotion();
    reset(); // which also forgets any lookup still on its way
}

void PromoController::reset()
{
    ++m_requestId;
    m_state = Idle;
    m_code.clear();
    m_refusal = None;
    m_detail.clear();
    emit changed();
}

void PromoController::onCartChanged()
{
    // The basket dropped the code with its lines (a placed or abandoned order).
    if (m_state == Applied && !m_cart->basket().promotion())
        reset();
    else
        emit changed(); // the discount, or why it takes nothing now
}

QString PromoController::code() const
{
    return m_state == Idle ? QString() : m_code;
}

QString PromoController::name() const
{
    const std::optional<Promotion> &promotion = m_cart->basket().promotion();
    return m_state == Applied && promotion ? promotion->name.text(m_language) : QString();
}

QString PromoController::discountText() const
{
    if (m_state != Applied)
        return {};
    const Cents discount = m_cart->basket().promotionDiscountCents();
    return discount > 0 ? formatMoney(-discount, m_language, m_currency) : QString();
}

PromoController::Refusal PromoController::refusal() const
{
    if (m_state == Applied)
        return refusalOf(m_cart->basket().promotionStatus());
    return m_refusal;
}

QString PromoController::detail() const
{
    const std::optional<Promotion> &promotion = m_cart->basket().promotion();
    if (m_state == Applied && promotion)
        return detailOf(m_cart->basket().promotionStatus(), *promotion);
    return m_detail;
}

PromoController::Refusal PromoController::refusalOf(PromotionCheck check) const
{
    switch (check) {
    case PromotionCheck::Applies:
        return None;
    case PromotionCheck::NotYetValid:
        return NotYetValid;
    case PromotionCheck::Expired:
        return Expired;
    case PromotionCheck::BelowMinimum:
        return BelowMinimum;
    case PromotionCheck::ItemNotInCart:
        return ItemNotInCart;
    case PromotionCheck::DoesNotCombine:
        break;
    }
    return DoesNotCombine;
}

QString PromoController::detailOf(PromotionCheck check, const Promotion &promotion) const
{
    switch (check) {
    case PromotionCheck::NotYetValid:
        return dateText(promotion.validFrom);
    case PromotionCheck::Expired:
        return dateText(promotion.validUntil);
    case PromotionCheck::BelowMinimum:
        return formatMoney(std::max<Cents>(promotion.minSubtotalCents - m_cart->basket().cart().subtotalCents(), 0),
                           m_language, m_currency);
    case PromotionCheck::ItemNotInCart: {
        const MenuItem *item = m_menu.item(promotion.itemId);
        return item ? item->name.text(m_language) : promotion.itemId;
    }
    case PromotionCheck::Applies:
    case PromotionCheck::DoesNotCombine:
        break;
    }
    return {};
}

// The day in the store's calendar, short: "Dec 31" / "31 dic".
QString PromoController::dateText(const QDateTime &utc) const
{
    const QLocale locale(m_language);
    const QString format = m_language == QLatin1String("en") ? QStringLiteral("MMM d") : QStringLiteral("d MMM");
    return locale.toString(utc.toTimeZone(m_zone).date(), format).remove(u'.');
}

} // namespace kiosk
