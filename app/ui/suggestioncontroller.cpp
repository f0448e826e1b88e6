#include "ui/suggestioncontroller.h"

#include "domain/combooffer.h"
#include "domain/menu.h"
#include "domain/moneyformat.h"
#include "ui/cartmodel.h"
#include "ui/kiosksession.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSuggestions, "kiosk.suggestions")

namespace kiosk {

SuggestionController::SuggestionController(CartModel &cart, KioskSession &session, QObject *parent)
    : QObject(parent), m_cart(cart), m_session(session)
{
    connect(&session, &KioskSession::itemAdded, this, &SuggestionController::onItemAdded);
    // A new customer is asked afresh; nothing asked of the last one stays on screen.
    const auto forget = [this] {
        m_log.clear();
        close();
    };
    connect(&session, &KioskSession::orderStarted, this, forget);
    connect(&session, &KioskSession::orderEnding, this, forget);
}

SuggestionController::~SuggestionController() = default;

void SuggestionController::setMenu(const Menu *menu)
{
    close(); // a prompt made from the last menu may name what is gone
    m_menu = menu;
    m_policy = menu ? std::make_unique<SuggestionPolicy>(*menu) : nullptr;
    if (menu) {
        m_counts.addRules(menu->upsell().ruleIds());
        publishCounts();
    }
}

void SuggestionController::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    emit promptChanged();
}

void SuggestionController::setOffering(bool offering)
{
    if (offering == m_offering)
        return;
    m_offering = offering;
    emit offeringChanged();
}

SuggestionController::Kind SuggestionController::kind() const
{
    return m_shown && m_shown->suggestion.kind == Suggestion::Kind::MakeItAMeal ? Kind::Meal : Kind::Item;
}

const Combo *SuggestionController::shownCombo() const
{
    return m_shown && m_menu && kind() == Kind::Meal ? m_menu->combo(m_shown->suggestion.itemId) : nullptr;
}

// The item the prompt names: the suggested one, or for a meal the one just added.
const MenuItem *SuggestionController::shownItem() const
{
    if (!m_shown || !m_menu)
        return nullptr;
    return m_menu->item(kind() == Kind::Meal ? m_shown->addedItemId : m_shown->suggestion.itemId);
}

QString SuggestionController::itemName() const
{
    const MenuItem *item = shownItem();
    return item ? item->name.text(m_language) : QString();
}

QUrl SuggestionController::imageUrl() const
{
    const Combo *combo = shownCombo();
    const MenuItem *item = shownItem();
    const QString image = combo ? combo->image : item ? item->image : QString();
    return image.isEmpty() ? QUrl() : QUrl::fromLocalFile(image);
}

QString SuggestionController::priceText() const
{
    if (const Combo *combo = shownCombo())
        return formatMoney(combo->priceCents, m_language, m_currency);
    const MenuItem *item = kind() == Kind::Item ? shownItem() : nullptr;
    return item ? formatMoney(item->priceCents, m_language, m_currency) : QString();
}

QString SuggestionController::comboName() const
{
    const Combo *combo = shownCombo();
    return combo ? combo->name.text(m_language) : QString();
}

void SuggestionController::onItemAdded(const QString &itemId, const QString &lineId)
{
    // At most one prompt per line: adding to it again asks nothing.
    if (!m_offering || !m_policy || m_shown || lineId.isEmpty() || m_log.wasLinePrompted(lineId))
        return;
    const CartContents contents{m_cart.basket().cart(), comboPartItemIds()};
    const std::optional<Suggestion> suggestion = m_policy->afterAdd(itemId, contents, mealComboFor(itemId));
    if (suggestion && m_log.claimLine(lineId))
        show(*suggestion, itemId, lineId, false);
}

bool SuggestionController::offerAtCheckout()
{
    if (!m_offering || !m_policy || m_shown || m_log.wasCheckoutPrompted())
        return false;
    const CartContents contents{m_cart.basket().cart(), comboPartItemIds()};
    const std::optional<Suggestion> suggestion = m_policy->atCheckout(contents);
    if (!suggestion || !m_log.claimCheckout())
        return false;
    show(*suggestion, {}, {}, true);
    return true;
}

void SuggestionController::show(const Suggestion &suggestion, const QString &addedItemId,
                                const QString &lineId, bool atCheckout)
{
    m_shown = Shown{suggestion, addedItemId, lineId, atCheckout};
    m_counts.recordOffered(suggestion.ruleId);
    publishCounts();
    emit promptChanged();
}

void SuggestionController::accept()
{
    if (!m_shown)
        return;
    const Shown shown = *m_shown;
    close();
    m_counts.recordAccepted(shown.suggestion.ruleId);
    publishCounts();
    if (shown.suggestion.kind == Suggestion::Kind::MakeItAMeal) {
        emit mealAccepted(shown.suggestion.itemId, shown.lineId);
        return;
    }
    const bool opened = acceptItem(shown.suggestion.itemId);
    if (shown.atCheckout && !opened)
        emit checkoutMayProceed();
}

bool SuggestionController::acceptItem(const QString &itemId)
{
    const MenuItem *item = m_menu ? m_menu->item(itemId) : nullptr;
    if (!item)
        return false;
    const auto required = [&](const QString &groupId) {
        const ModifierGroup *group = m_menu->modifierGroup(groupId);
        return group && group->isRequired();
    };
    if (std::any_of(item->modifierGroupIds.cbegin(), item->modifierGroupIds.cend(), required)) {
        // Its size or flavour is the customer's to pick: the item page, as from the menu.
        if (!m_session.openItem(itemId))
            return false;
        emit itemOpened();
        return true;
    }
    const Basket::Add added = m_cart.add(ItemSelection::withDefaults(*m_menu, *item), 1);
    if (added == Basket::Add::Added || added == Basket::Add::Merged)
        emit itemAddedToCart();
    else
        qCWarning(lcSuggestions) << "suggested item" << itemId << "could not be added";
    return false;
}

void SuggestionController::skip()
{
    if (!m_shown)
        return;
    const bool atCheckout = m_shown->atCheckout;
    close();
    if (atCheckout)
        emit checkoutMayProceed();
}

void SuggestionController::publishCounts()
{
    m_countsModel.setCounts(m_counts);
    emit countsChanged(m_counts);
}

void SuggestionController::close()
{
    if (!m_shown)
        return;
    m_shown.reset();
    emit promptChanged();
}

QSet<QString> SuggestionController::comboPartItemIds() const
{
    QSet<QString> ids;
    for (const CartLine &line : m_cart.basket().lines()) {
        for (const CartLinePart &part : line.parts)
            ids.insert(part.itemId);
    }
    return ids;
}

// The first meal of `itemId` that can be had now (one with a step where everything is sold
// out cannot be opened, so it is not offered), unless it is already in the cart.
std::optional<QString> SuggestionController::mealComboFor(const QString &itemId) const
{
    const QList<const Combo *> combos = m_menu->combosWithMain(itemId);
    const auto orderable = std::find_if(combos.cbegin(), combos.cend(),
                                        [&](const Combo *combo) { return comboOffer(*m_menu, *combo).available; });
    if (orderable == combos.cend())
        return std::nullopt;
    const QString comboId = (*orderable)->id;
    const QList<CartLine> &lines = m_cart.basket().lines();
    const bool inCart = std::any_of(lines.cbegin(), lines.cend(),
                                    [&](const CartLine &line) { return line.comboId == comboId; });
    return inCart ? std::nullopt : std::optional(comboId);
}

} // namespace kiosk
