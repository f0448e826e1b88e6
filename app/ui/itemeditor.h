#pragma once

#include "domain/itemselection.h"
#include "ui/modifieroptionlistmodel.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace kiosk {

class CartModel;

// The item a customer is customising: options, quantity and the live price.
class ItemEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(bool open READ isOpen NOTIFY itemChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY itemChanged)
    Q_PROPERTY(QString name READ name NOTIFY textChanged)
    Q_PROPERTY(QString description READ description NOTIFY textChanged)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY itemChanged)
    Q_PROPERTY(int calories READ calories NOTIFY itemChanged)
    Q_PROPERTY(QStringList allergens READ allergens NOTIFY itemChanged)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY quantityChanged)
    Q_PROPERTY(int maxQuantity READ maxQuantity CONSTANT)
    Q_PROPERTY(QString unitPriceText READ unitPriceText NOTIFY priceChanged)
    Q_PROPERTY(QString totalPriceText READ totalPriceText NOTIFY priceChanged)
    // True once every required group has its picks; "Add to order" binds to it.
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY priceChanged)
    // Names of the groups still waiting for a pick, in the current language.
    Q_PROPERTY(QStringList missingGroups READ missingGroups NOTIFY priceChanged)
    Q_PROPERTY(kiosk::ModifierOptionListModel *options READ options CONSTANT)

public:
    explicit ItemEditor(QObject *parent = nullptr);

    void openItem(const Menu &menu, const MenuItem &item);
    void close();
    void setLanguage(const QString &language, const QString &currency);
    // Adds the current picks to `cart`; false when incomplete or unavailable.
    bool addTo(CartModel *cart);

    bool isOpen() const { return m_selection.has_value(); }
    // The picks so far; nullptr when no item is open. (A combo's part is edited here too.)
    const ItemSelection *selection() const { return m_selection ? &*m_selection : nullptr; }
    QString itemId() const;
    QString name() const;
    QString description() const;
    QUrl imageUrl() const;
    int calories() const;
    QStringList allergens() const;
    int quantity() const { return m_quantity; }
    void setQuantity(int quantity);
    int maxQuantity() const;
    QString unitPriceText() const;
    QString totalPriceText() const;
    bool canAdd() const;
    QStringList missingGroups() const;
    ModifierOptionListModel *options() { return &m_options; }

    Q_INVOKABLE void toggle(int optionRow);
    Q_INVOKABLE void increment() { setQuantity(m_quantity + 1); }
    Q_INVOKABLE void decrement() { setQuantity(m_quantity - 1); }

signals:
    void itemChanged();
    void textChanged();
    void quantityChanged();
    void priceChanged();

private:
    std::optional<ItemSelection> m_selection;
    ModifierOptionListModel m_options;
    int m_quantity = 1;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
