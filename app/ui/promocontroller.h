#pragma once

#include "domain/menu.h"
#include "domain/promotion.h"
#include "sync/promotionlookup.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace kiosk {

class CartModel;
class SyncService;

// The order's promo code, for the cart page (session.promo): apply(code) asks the backend
// (GET /v1/promotions/<code>, on the sync thread), or, when it cannot answer (or the store is on
// Square, which has no lookup), the store's offline list (kiosk-config/promotions.json); the
// basket then checks and applies it (Basket::applyPromotion). What refused it, or why an applied
// code takes nothing off after a cart change, is `refusal` with `detail`; the page words it.
class PromoController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    Q_PROPERTY(State state READ state NOTIFY changed)
    // The code applied (normalized) or the one refused; "" when Idle.
    Q_PROPERTY(QString code READ code NOTIFY changed)
    // The applied promotion's name in the current language ("10% off your order").
    Q_PROPERTY(QString name READ name NOTIFY changed)
    // What the code takes off now, negative ("-$1.80"); "" while it takes nothing.
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    // Refused: why. Applied: None, or why it takes nothing off the order as it is now.
    Q_PROPERTY(Refusal refusal READ refusal NOTIFY changed)
    // What the words need: the amount still missing ("$2.50", BelowMinimum), the date
    // ("Dec 31", Expired / NotYetValid), the free item's name (ItemNotInCart).
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    Q_PROPERTY(int codeMaxLength READ codeMaxLength CONSTANT)

public:
    enum State { Idle, Checking, Applied, Refused };
    Q_ENUM(State)
    enum Refusal { None, Malformed, Unknown, Unavailable, NotYetValid, Expired, BelowMinimum, ItemNotInCart,
                   DoesNotCombine };
    Q_ENUM(Refusal)

    static constexpr int CodeMaxLength = 32;

    explicit PromoController(CartModel *cart, QObject *parent = nullptr);

    // Wiring by the composition root.
    void setSync(SyncService *sync);
    void setOfflinePromotions(const QList<Promotion> &promotions) { m_offline = promotions; }
    // A Square store: no lookup, only the offline list (and an unknown code is unknown).
    void setSquareStore(bool square) { m_square = square; }
    void setMenu(const Menu &menu);
    void setLanguage(const QString &language, const QString &currency);
    void setStoreTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

    State state() const { return m_state; }
    QString code() const;
    QString name() const;
    QString discountText() const;
    Refusal refusal() const;
    QString detail() const;
    static constexpr int codeMaxLength() { return CodeMaxLength; }

    Q_INVOKABLE void apply(const QString &typed);
    Q_INVOKABLE void remove();
    // A new visit: nothing of the last one's code shows.
    Q_INVOKABLE void reset();

signals:
    void changed();
    // An apply() was answered (applied or refused): the page speaks it.
    void answered();

private:
    void onLookedUp(const PromotionLookupResult &result);
    void useOffline(const QString &code);
    void check(const Promotion &promotion);
    void refuse(Refusal refusal, const QString &detail = {});
    void onCartChanged();
    QString dateText(const QDateTime &utc) const;
    Refusal refusalOf(PromotionCheck check) const;
    QString detailOf(PromotionCheck check, const Promotion &promotion) const;

    CartModel *m_cart;
    QPointer<SyncService> m_sync;
    QList<Promotion> m_offline;
    bool m_square = false;
    Menu m_menu;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
    QTimeZone m_zone = QTimeZone::utc();
    std::function<QDateTime()> m_nowUtc;

    State m_state = Idle;
    quint64 m_requestId = 0;
    QString m_code; // the code asked or refused
    Refusal m_refusal = None;
    QString m_detail;
};

} // namespace kiosk
