#pragma once

#include "domain/basket.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The basket's lines and totals, formatted in the current language. The basket (its rules and
// arithmetic) belongs to the domain; this model only adapts it. Every change to the basket goes
// through here, so views hear of it row by row: a new line is a row insert, a merge or a
// quantity change a dataChanged of that row, a line taken out a row removal.
class CartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY changed)
    // The loyalty rewards' discount, as a negative amount ("-$2.00"); "" when there is none.
    Q_PROPERTY(int discount READ rewardsDiscountCents NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    // The promo code's discount, a row of its own ("SAVE10 -$1.80"); 0 / "" while none applies.
    Q_PROPERTY(int promoDiscount READ promoDiscountCents NOTIFY changed)
    Q_PROPERTY(QString promoDiscountText READ promoDiscountText NOTIFY changed)
    Q_PROPERTY(QString promoCode READ promoCode NOTIFY changed)
    // The tax added on top of the prices (shown as "Tax").
    Q_PROPERTY(QString taxText READ taxText NOTIFY changed)
    Q_PROPERTY(int tax READ taxCents NOTIFY changed)
    // Inclusive taxes, already inside the prices: never added to the total ("Includes tax").
    Q_PROPERTY(int taxIncluded READ taxIncludedCents NOTIFY changed)
    Q_PROPERTY(QString taxIncludedText READ taxIncludedText NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(bool hasUnavailable READ hasUnavailable NOTIFY changed)
    Q_PROPERTY(bool canCheckout READ canCheckout NOTIFY changed)
    Q_PROPERTY(int maxQuantity READ maxQuantity CONSTANT)

public:
    enum Roles {
        LineIdRole = Qt::UserRole + 1,
        NameRole,
        OptionsTextRole, // "Large, Extra cheese"
        QuantityRole,
        UnitPriceTextRole,
        LineTotalTextRole,
        AvailableRole,
        IsComboRole,
        PartsTextRole, // a meal's parts: "Classic Burger (No onions) · Fries · Large Cola"
    };
    Q_ENUM(Roles)

    explicit CartModel(QObject *parent = nullptr);

    void setTaxRateBps(int taxRateBps);
    void setLanguage(const QString &language, const QString &currency);
    // The order in progress, to read. Change it through the methods below.
    const Basket &basket() const { return m_basket; }
    // Subtotal, the rewards' discount, tax and total, by computeTotals (app/domain/pricing).
    Totals totals() const { return m_basket.totals(); }
    Cents discountCents() const { return m_basket.discountCents(); }
    Cents rewardsDiscountCents() const { return m_basket.rewardsDiscountCents(); }
    QString discountText() const;
    Cents promoDiscountCents() const { return m_basket.promotionDiscountCents(); }
    QString promoDiscountText() const;
    QString promoCode() const { return m_basket.appliedPromoCode(); }

    Basket::Add add(const ItemSelection &selection, int quantity);
    Basket::Add add(const ComboSelection &selection, int quantity);
    // One unit of the line fewer, the line gone at none ("Make it a meal" took it into a meal).
    bool takeOne(const QString &lineId);
    // Returns how many lines cannot be ordered now; they stay, flagged, until removed.
    int refreshAvailability(const Menu &menu);
    void clear();

    // For LoyaltyController: who redeems (see Basket::setMember), the store's offline cap, and
    // the rewards redeemed on this order.
    void setMember(const LoyaltyMember &member, bool fromCache);
    void clearMember();
    void setOfflineRedemptionCap(Cents cap);
    Basket::Redeem redeem(const QString &rewardId);
    bool unredeem(const QString &rewardId);
    // For PromoController: the order's one promo code (see Basket::applyPromotion).
    PromotionCheck applyPromotion(const Promotion &promotion, const QDateTime &nowUtc);
    void removePromotion();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int itemCount() const { return m_basket.cart().itemCount(); }
    bool isEmpty() const { return m_basket.isEmpty(); }
    QString subtotalText() const;
    QString taxText() const;
    Cents taxCents() const { return totals().tax; }
    Cents taxIncludedCents() const { return totals().taxIncluded; }
    QString taxIncludedText() const;
    QString totalText() const;
    bool hasUnavailable() const { return m_basket.cart().hasUnavailableLines(); }
    bool canCheckout() const { return !isEmpty() && !hasUnavailable(); }
    int maxQuantity() const { return Cart::MaxQuantityPerLine; }

    Q_INVOKABLE void increment(int row);
    Q_INVOKABLE void decrement(int row); // never below 1; removal is explicit
    Q_INVOKABLE void remove(int row);

signals:
    void changed();
    // A change to the lines took these redeemed rewards away (their free item left the order or
    // cannot be ordered now); emitted just before that change's `changed`.
    void rewardsDropped(const QList<kiosk::LoyaltyReward> &rewards);

private:
    QString money(Cents cents) const;
    QString partsText(const CartLine &line) const;
    void setQuantityAt(int row, int quantity);
    // After a change to the basket: the rows follow its lines, then `changed`.
    void linesChanged(const QList<LoyaltyReward> &droppedRewards = {});
    void syncRows();

    Basket m_basket;
    // The lines as the views last heard of them; syncRows() brings them level with the basket,
    // with the row signals for what differs.
    QList<CartLine> m_rows;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
