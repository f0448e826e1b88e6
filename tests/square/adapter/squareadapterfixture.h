#pragma once

#include "../sim/squarecalls.h"
#include "domain/menu.h"
#include "domain/order.h"
#include "square/squareclient.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace kiosk::test {

// One squaresim (the sample seed, api.json validation on) and the adapter's SquareClient to
// it, plus the kiosk's own menu mapped from the same seed (app/square/catalogmapper.h), so a
// test orders what a kiosk would and prices it with the kiosk's own arithmetic.
class SquareAdapterFixture
{
public:
    static constexpr char DeviceId[] = "device-kiosk-1";

    bool start(QString *error);
    SquareCalls &square() { return m_square; }
    SquareClient &client() { return *m_client; }
    const SyncSettings &settings() const { return m_settings; }
    const Menu &menu() const { return *m_menu; }

    // One line of an order: the item by its Square name, its options by name (a size is one).
    struct Line
    {
        QString item;
        QStringList options;
        int quantity = 1;
    };
    // The kiosk's order (as the outbox keeps it), priced by the kiosk: makeOrder over a cart
    // of `lines` from the mapped menu; nullopt when an item or option is not on it.
    std::optional<Order> order(const QList<Line> &lines, const QString &number, Cents discount = 0,
                               std::optional<LoyaltyClaim> loyalty = std::nullopt) const;
    static Delivery delivery(const Order &order);

    // The simulator's stored order for a Square order id.
    QJsonObject squareOrder(const QString &orderId);
    // Pays what the order owes on another device, as the Square point of sale would; false
    // when the checkout did not complete.
    bool payElsewhere(const QString &orderId);
    // The receipt's Square order id.
    static QString squareOrderId(const QByteArray &receipt);
    qint64 balance(const QString &accountId);

private:
    QTemporaryDir m_dir;
    SquareCalls m_square;
    SyncSettings m_settings;
    std::unique_ptr<SquareClient> m_client;
    std::optional<Menu> m_menu;
};

} // namespace kiosk::test
