#pragma once

#include "domain/cart.h"
#include "domain/loyalty.h"
#include "domain/pricing.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The cart's lines and totals, formatted in the current language. The cart itself (and its
// arithmetic) belongs to the domain; this model only adapts it.
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
    Q_PROPERTY(int discount READ discountCents NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    Q_PROPERTY(QString taxText READ taxText NOTIFY changed)
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
    };
    Q_ENUM(Roles)

    explicit CartModel(QObject *parent = nullptr);

    void setTaxRateBps(int taxRateBps);
    void setLanguage(const QString &language, const QString &currency);
    Cart &cart() { return m_cart; }
    const Cart &cart() const { return m_cart; }
    // Subtotal, the rewards' discount, tax and total, by computeTotals (app/domain/pricing).
    Totals totals() const;
    // The rewards a signed-in member redeems on this cart, and for a member answered from the
    // offline cache the most their discount may reach (nullopt: no cap). The discount follows
    // the cart: a free item no longer in it gives nothing.
    void setRedeemedRewards(const QList<LoyaltyReward> &rewards, std::optional<Cents> discountCap);
    const QList<LoyaltyReward> &redeemedRewards() const { return m_redeemed; }
    Cents discountCents() const;
    QString discountText() const;
    // Call after changing cart() directly (adding, clearing, availability refresh).
    void reset();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int itemCount() const { return m_cart.itemCount(); }
    bool isEmpty() const { return m_cart.isEmpty(); }
    QString subtotalText() const;
    QString taxText() const;
    QString totalText() const;
    bool hasUnavailable() const { return m_cart.hasUnavailableLines(); }
    bool canCheckout() const { return !isEmpty() && !hasUnavailable(); }
    int maxQuantity() const { return Cart::MaxQuantityPerLine; }

    Q_INVOKABLE void increment(int row);
    Q_INVOKABLE void decrement(int row); // never below 1; removal is explicit
    Q_INVOKABLE void remove(int row);

signals:
    void changed();

private:
    QString money(Cents cents) const;
    void setQuantityAt(int row, int quantity);

    Cart m_cart;
    int m_taxRateBps = 0;
    QList<LoyaltyReward> m_redeemed;
    std::optional<Cents> m_discountCap;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
