#pragma once

#include "domain/suggestionlog.h"
#include "domain/suggestionpolicy.h"
#include "domain/upsellcounts.h"
#include "ui/upsellcountlistmodel.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace kiosk {

class CartModel;
class KioskSession;
class Menu;

// The menu's suggestions during a visit (docs/menu.md, Suggestions): the one prompt after an
// item is added ("Make it a meal" first, else an after_add rule) and the one at checkout,
// what the prompt shows, and what accepting or skipping it does. Which suggestion is made is
// SuggestionPolicy's; this object asks it at the right moments, remembers what the visit was
// already asked (SuggestionLog) and counts offers and acceptances per rule (UpsellCounts).
class SuggestionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    Q_PROPERTY(bool visible READ isVisible NOTIFY promptChanged)
    Q_PROPERTY(Kind kind READ kind NOTIFY promptChanged)
    // The suggested item (Item), or the item just added (Meal).
    Q_PROPERTY(QString itemName READ itemName NOTIFY promptChanged)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY promptChanged)
    // The suggested item's price (Item); the combo's (Meal).
    Q_PROPERTY(QString priceText READ priceText NOTIFY promptChanged)
    Q_PROPERTY(QString comboName READ comboName NOTIFY promptChanged)
    // False: no prompt is ever shown (the tests of other pages keep their flows as they were).
    Q_PROPERTY(bool offering READ isOffering WRITE setOffering NOTIFY offeringChanged)
    Q_PROPERTY(kiosk::UpsellCountListModel *counts READ countsModel CONSTANT)

public:
    enum class Kind { Item, Meal };
    Q_ENUM(Kind)

    SuggestionController(CartModel &cart, KioskSession &session, QObject *parent = nullptr);
    ~SuggestionController() override;

    // The menu customers order from (it outlives this object); its rules are listed at zero.
    void setMenu(const Menu *menu);
    void setLanguage(const QString &language, const QString &currency);

    bool isVisible() const { return m_shown.has_value(); }
    Kind kind() const;
    QString itemName() const;
    QUrl imageUrl() const;
    QString priceText() const;
    QString comboName() const;
    bool isOffering() const { return m_offering; }
    void setOffering(bool offering);
    UpsellCountListModel *countsModel() { return &m_countsModel; }
    const UpsellCounts &counts() const { return m_counts; }

    // The cart's "Place order": true when a prompt is shown instead (once per visit); the
    // checkout goes on at checkoutMayProceed.
    Q_INVOKABLE bool offerAtCheckout();
    Q_INVOKABLE void accept();
    Q_INVOKABLE void skip();

signals:
    void promptChanged();
    void offeringChanged();
    // Offered or accepted: the figures for /metrics and diagnostics.
    void countsChanged(const kiosk::UpsellCounts &counts);
    // Accepting put the suggested item in the cart with its defaults.
    void itemAddedToCart();
    // Accepting opened the item page (KioskSession::openItem): its choices are the customer's.
    void itemOpened();
    // "Make it a meal" accepted for the cart line `lineId`.
    void mealAccepted(const QString &comboId, const QString &lineId);
    // The checkout prompt was answered and nothing opened: "Place order" carries on.
    void checkoutMayProceed();

private:
    struct Shown
    {
        Suggestion suggestion;
        QString addedItemId; // Meal: the item that was added
        QString lineId;      // after an add: its line
        bool atCheckout = false;
    };

    void onItemAdded(const QString &itemId, const QString &lineId);
    void show(const Suggestion &suggestion, const QString &addedItemId, const QString &lineId,
              bool atCheckout);
    void close();
    void publishCounts();
    const Combo *shownCombo() const; // a meal's combo
    const MenuItem *shownItem() const;
    // Adds the suggested item with its defaults, or opens it when it has required choices
    // (true: the item page is open).
    bool acceptItem(const QString &itemId);
    QSet<QString> comboPartItemIds() const;
    std::optional<QString> mealComboFor(const QString &itemId) const;

    CartModel &m_cart;
    KioskSession &m_session;
    const Menu *m_menu = nullptr;
    std::unique_ptr<SuggestionPolicy> m_policy;
    SuggestionLog m_log;
    UpsellCounts m_counts;
    UpsellCountListModel m_countsModel;
    std::optional<Shown> m_shown;
    bool m_offering = true;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
