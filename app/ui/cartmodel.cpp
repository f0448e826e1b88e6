#include "ui/cartmodel.h"

#include "domain/moneyformat.h"

namespace kiosk {

namespace {

qsizetype indexOfLine(const QList<CartLine> &lines, const QString &lineId)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).lineId == lineId)
            return i;
    }
    return -1;
}

// The roles whose values differ between two states of one line.
QList<int> changedRoles(const CartLine &was, const CartLine &is)
{
    QList<int> roles;
    if (was.itemName != is.itemName)
        roles << Qt::DisplayRole << CartModel::NameRole;
    if (was.optionNames != is.optionNames)
        roles << CartModel::OptionsTextRole;
    if (was.quantity != is.quantity)
        roles << CartModel::QuantityRole;
    if (was.unitPriceCents != is.unitPriceCents)
        roles << CartModel::UnitPriceTextRole;
    if (was.lineTotalCents() != is.lineTotalCents())
        roles << CartModel::LineTotalTextRole;
    if (was.available != is.available)
        roles << CartModel::AvailableRole;
    if (was.parts != is.parts)
        roles << CartModel::PartsTextRole;
    return roles;
}

} // namespace

CartModel::CartModel(QObject *parent) : QAbstractListModel(parent) {}

void CartModel::setTaxRateBps(int taxRateBps)
{
    m_basket.setTaxRateBps(taxRateBps);
    emit changed();
}

void CartModel::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
    emit changed();
}

QString CartModel::discountText() const
{
    const Cents discount = rewardsDiscountCents();
    return discount > 0 ? money(-discount) : QString();
}

QString CartModel::promoDiscountText() const
{
    const Cents discount = promoDiscountCents();
    return discount > 0 ? money(-discount) : QString();
}

// --- changes to the basket ---------------------------------------------------------------------

Basket::Add CartModel::add(const ItemSelection &selection, int quantity)
{
    const Basket::Add result = m_basket.add(selection, quantity);
    if (result == Basket::Add::Added || result == Basket::Add::Merged)
        linesChanged();
    return result;
}

Basket::Add CartModel::add(const ComboSelection &selection, int quantity)
{
    const Basket::Add result = m_basket.add(selection, quantity);
    if (result == Basket::Add::Added || result == Basket::Add::Merged)
        linesChanged();
    return result;
}

bool CartModel::takeOne(const QString &lineId)
{
    const qsizetype row = indexOfLine(m_rows, lineId);
    if (row < 0)
        return false;
    if (m_rows.at(row).quantity > 1)
        setQuantityAt(int(row), m_rows.at(row).quantity - 1);
    else
        remove(int(row));
    return true;
}

int CartModel::refreshAvailability(const Menu &menu)
{
    const Basket::Availability availability = m_basket.refreshAvailability(menu);
    linesChanged(availability.droppedRewards);
    return availability.unavailableLines;
}

void CartModel::clear()
{
    m_basket.clear();
    linesChanged();
}

void CartModel::setQuantityAt(int row, int quantity)
{
    if (row < 0 || row >= rowCount())
        return;
    if (m_basket.setQuantity(m_rows.at(row).lineId, quantity) == Basket::SetQuantity::Changed)
        linesChanged();
}

void CartModel::increment(int row)
{
    if (row >= 0 && row < rowCount())
        setQuantityAt(row, m_rows.at(row).quantity + 1);
}

void CartModel::decrement(int row)
{
    if (row >= 0 && row < rowCount())
        setQuantityAt(row, m_rows.at(row).quantity - 1);
}

void CartModel::remove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const Basket::Removal removal = m_basket.remove(m_rows.at(row).lineId);
    if (removal.removed)
        linesChanged(removal.droppedRewards);
}

void CartModel::linesChanged(const QList<LoyaltyReward> &droppedRewards)
{
    syncRows();
    if (!droppedRewards.isEmpty())
        emit rewardsDropped(droppedRewards);
    emit changed();
}

void CartModel::syncRows()
{
    const QList<CartLine> &lines = m_basket.lines();
    // Lines that are gone, in runs from the end so the rows before keep their numbers.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (indexOfLine(lines, m_rows.at(last).lineId) >= 0)
            continue;
        int first = last;
        while (first > 0 && indexOfLine(lines, m_rows.at(first - 1).lineId) < 0)
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    // What is left is in the basket's order; lines it does not have yet are new.
    for (int row = 0; row < lines.size(); ++row) {
        const CartLine &line = lines.at(row);
        if (row < m_rows.size() && m_rows.at(row).lineId == line.lineId) {
            const QList<int> roles = changedRoles(m_rows.at(row), line);
            m_rows[row] = line;
            if (!roles.isEmpty())
                emit dataChanged(index(row), index(row), roles);
            continue;
        }
        if (const qsizetype was = indexOfLine(m_rows, line.lineId); was >= 0) {
            // The basket never reorders its lines; were it to, the row moves as a remove and an
            // insert rather than a reset.
            beginRemoveRows({}, int(was), int(was));
            m_rows.removeAt(was);
            endRemoveRows();
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, line);
        endInsertRows();
    }
}

// --- loyalty -----------------------------------------------------------------------------------

void CartModel::setMember(const LoyaltyMember &member, bool fromCache)
{
    m_basket.setMember(member, fromCache);
    emit changed();
}

void CartModel::clearMember()
{
    if (!m_basket.hasMember())
        return; // nobody could have redeemed anything
    m_basket.clearMember();
    emit changed();
}

PromotionCheck CartModel::applyPromotion(const Promotion &promotion, const QDateTime &nowUtc)
{
    const PromotionCheck check = m_basket.applyPromotion(promotion, nowUtc);
    if (check == PromotionCheck::Applies)
        emit changed();
    return check;
}

void CartModel::removePromotion()
{
    if (!m_basket.promotion())
        return;
    m_basket.removePromotion();
    emit changed();
}

void CartModel::setOfflineRedemptionCap(Cents cap)
{
    m_basket.setOfflineRedemptionCap(cap);
    emit changed(); // a member from the cache may see their discount change
}

Basket::Redeem CartModel::redeem(const QString &rewardId)
{
    const Basket::Redeem result = m_basket.redeem(rewardId);
    if (result == Basket::Redeem::Redeemed)
        emit changed();
    return result;
}

bool CartModel::unredeem(const QString &rewardId)
{
    if (!m_basket.unredeem(rewardId))
        return false;
    emit changed();
    return true;
}

// --- the views -----------------------------------------------------------------------------------

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CartLine &line = m_rows.at(index.row());
    switch (role) {
    case LineIdRole:
        return line.lineId;
    case Qt::DisplayRole:
    case NameRole:
        return line.itemName.text(m_language);
    case OptionsTextRole: {
        QStringList names;
        for (const LocalizedText &name : line.optionNames)
            names.append(name.text(m_language));
        return names.join(QStringLiteral(", "));
    }
    case QuantityRole:
        return line.quantity;
    case UnitPriceTextRole:
        return money(line.unitPriceCents);
    case LineTotalTextRole:
        return money(line.lineTotalCents());
    case AvailableRole:
        return line.available;
    case IsComboRole:
        return line.isCombo();
    case PartsTextRole:
        return partsText(line);
    default:
        return {};
    }
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return {{LineIdRole, "lineId"},          {NameRole, "name"},
            {OptionsTextRole, "optionsText"}, {QuantityRole, "quantity"},
            {UnitPriceTextRole, "unitPriceText"}, {LineTotalTextRole, "lineTotalText"},
            {AvailableRole, "available"},       {IsComboRole, "isCombo"},
            {PartsTextRole, "partsText"}};
}

QString CartModel::subtotalText() const { return money(totals().subtotal); }
QString CartModel::taxText() const { return money(totals().tax); }
QString CartModel::taxIncludedText() const { return money(totals().taxIncluded); }
QString CartModel::totalText() const { return money(totals().total); }

QString CartModel::partsText(const CartLine &line) const
{
    QStringList parts;
    for (const CartLinePart &part : line.parts) {
        QStringList options;
        for (const LocalizedText &name : part.optionNames)
            options.append(name.text(m_language));
        const QString name = part.itemName.text(m_language);
        parts.append(options.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, options.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral(" · "));
}

QString CartModel::money(Cents cents) const
{
    return formatMoney(cents, m_language, m_currency);
}

} // namespace kiosk
