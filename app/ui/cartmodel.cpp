#include "ui/cartmodel.h"

#include "ui/moneyformat.h"

namespace kiosk {

CartModel::CartModel(QObject *parent) : QAbstractListModel(parent) {}

void CartModel::setTaxRateBps(int taxRateBps)
{
    m_taxRateBps = taxRateBps;
    emit changed();
}

void CartModel::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    if (!m_cart.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
    emit changed();
}

Totals CartModel::totals() const
{
    return computeTotals(m_cart, m_taxRateBps, discountCents());
}

void CartModel::setRedeemedRewards(const QList<LoyaltyReward> &rewards, std::optional<Cents> discountCap)
{
    if (rewards == m_redeemed && discountCap == m_discountCap)
        return;
    m_redeemed = rewards;
    m_discountCap = discountCap;
    emit changed();
}

Cents CartModel::discountCents() const
{
    if (m_redeemed.isEmpty())
        return 0;
    const Cents discount = loyaltyDiscount(m_cart, m_redeemed);
    // A percent off grows with the cart: the offline cap holds whatever the cart becomes.
    return m_discountCap ? std::min(discount, std::max<Cents>(*m_discountCap, 0)) : discount;
}

QString CartModel::discountText() const
{
    const Cents discount = totals().discount;
    return discount > 0 ? money(-discount) : QString();
}

void CartModel::reset()
{
    beginResetModel();
    endResetModel();
    emit changed();
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines().size());
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CartLine &line = m_cart.lines().at(index.row());
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
    default:
        return {};
    }
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return {{LineIdRole, "lineId"},          {NameRole, "name"},
            {OptionsTextRole, "optionsText"}, {QuantityRole, "quantity"},
            {UnitPriceTextRole, "unitPriceText"}, {LineTotalTextRole, "lineTotalText"},
            {AvailableRole, "available"}};
}

QString CartModel::subtotalText() const { return money(totals().subtotal); }
QString CartModel::taxText() const { return money(totals().tax); }
QString CartModel::totalText() const { return money(totals().total); }

QString CartModel::money(Cents cents) const
{
    return formatMoney(cents, m_language, m_currency);
}

void CartModel::setQuantityAt(int row, int quantity)
{
    if (row < 0 || row >= rowCount())
        return;
    if (!m_cart.setQuantity(m_cart.lines().at(row).lineId, quantity))
        return;
    emit dataChanged(index(row), index(row), {QuantityRole, LineTotalTextRole});
    emit changed();
}

void CartModel::increment(int row)
{
    if (row >= 0 && row < rowCount())
        setQuantityAt(row, m_cart.lines().at(row).quantity + 1);
}

void CartModel::decrement(int row)
{
    if (row >= 0 && row < rowCount())
        setQuantityAt(row, m_cart.lines().at(row).quantity - 1);
}

void CartModel::remove(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_cart.remove(m_cart.lines().at(row).lineId);
    endRemoveRows();
    emit changed();
}

} // namespace kiosk
