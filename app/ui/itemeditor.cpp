#include "ui/itemeditor.h"

#include "ui/cartmodel.h"
#include "domain/moneyformat.h"

#include <algorithm>

namespace kiosk {

ItemEditor::ItemEditor(QObject *parent) : QObject(parent) {}

void ItemEditor::openItem(const Menu &menu, const MenuItem &item)
{
    m_selection = ItemSelection::withDefaults(menu, item);
    m_options.setSelection(&*m_selection, m_language, m_currency);
    m_quantity = 1;
    emit itemChanged();
    emit textChanged();
    emit quantityChanged();
    emit priceChanged();
}

void ItemEditor::close()
{
    m_options.setSelection(nullptr, m_language, m_currency);
    m_selection.reset();
    emit itemChanged();
    emit textChanged();
    emit priceChanged();
}

void ItemEditor::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    m_options.setSelection(m_selection ? &*m_selection : nullptr, m_language, m_currency);
    emit textChanged();
    emit priceChanged();
}

bool ItemEditor::addTo(CartModel *cart)
{
    if (!m_selection)
        return false;
    const Basket::Add result = cart->add(*m_selection, m_quantity);
    return result == Basket::Add::Added || result == Basket::Add::Merged;
}

QString ItemEditor::itemId() const { return m_selection ? m_selection->item().id : QString(); }
QString ItemEditor::name() const { return m_selection ? m_selection->item().name.text(m_language) : QString(); }

QString ItemEditor::description() const
{
    return m_selection ? m_selection->item().description.text(m_language) : QString();
}

QUrl ItemEditor::imageUrl() const
{
    return m_selection ? QUrl::fromLocalFile(m_selection->item().image) : QUrl();
}

int ItemEditor::calories() const { return m_selection ? m_selection->item().calories : 0; }
QStringList ItemEditor::allergens() const { return m_selection ? m_selection->item().allergens : QStringList(); }

void ItemEditor::setQuantity(int quantity)
{
    quantity = std::clamp(quantity, 1, Cart::MaxQuantityPerLine);
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    emit quantityChanged();
    emit priceChanged();
}

int ItemEditor::maxQuantity() const { return Cart::MaxQuantityPerLine; }

QString ItemEditor::unitPriceText() const
{
    return m_selection ? formatMoney(m_selection->unitPriceCents(), m_language, m_currency) : QString();
}

QString ItemEditor::totalPriceText() const
{
    return m_selection ? formatMoney(m_selection->unitPriceCents() * m_quantity, m_language, m_currency)
                       : QString();
}

bool ItemEditor::canAdd() const
{
    return m_selection && m_selection->isComplete() && m_selection->item().available;
}

QStringList ItemEditor::missingGroups() const
{
    QStringList names;
    if (!m_selection)
        return names;
    for (const QString &groupId : m_selection->unmetGroupIds()) {
        for (const ModifierGroup &group : m_selection->groups()) {
            if (group.id == groupId)
                names.append(group.name.text(m_language));
        }
    }
    return names;
}

void ItemEditor::toggle(int optionRow)
{
    if (!m_selection)
        return;
    const QModelIndex index = m_options.index(optionRow);
    if (!index.isValid())
        return;
    const QString groupId = index.data(ModifierOptionListModel::GroupIdRole).toString();
    const QString optionId = index.data(ModifierOptionListModel::OptionIdRole).toString();
    const ItemSelection::Toggle result = m_selection->toggle(groupId, optionId);
    if (result == ItemSelection::Toggle::Unchanged || result == ItemSelection::Toggle::RefusedAtMax
        || result == ItemSelection::Toggle::UnknownOption)
        return;
    m_options.refreshSelection();
    emit priceChanged();
}

} // namespace kiosk
