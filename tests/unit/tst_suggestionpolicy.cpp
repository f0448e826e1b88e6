// The suggestion rules of issue 17: what is offered after an add and at checkout, and what the
// visit's log lets through. Combos and dayparts come in as plain inputs, as they do at runtime.
#include "domain/cart.h"
#include "domain/suggestionlog.h"
#include "domain/suggestionpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

MenuItem item(const QString &id, const QString &category, bool available = true)
{
    MenuItem it;
    it.id = id;
    it.categoryId = category;
    it.name = LocalizedText{{{u"en"_s, id}}};
    it.priceCents = 100;
    it.available = available;
    return it;
}

// Mains, sides, drinks and desserts; the shake is sold out.
Menu upsellMenu()
{
    QList<Category> categories;
    for (const QString &id : {u"mains"_s, u"sides"_s, u"drinks"_s, u"desserts"_s})
        categories.append(Category{id, LocalizedText{{{u"en"_s, id}}}, {}});
    Menu menu(categories, {},
              {item(u"burger"_s, u"mains"_s), item(u"tenders"_s, u"mains"_s),
               item(u"fries"_s, u"sides"_s), item(u"rings"_s, u"sides"_s),
               item(u"shake"_s, u"drinks"_s, false), item(u"cola"_s, u"drinks"_s),
               item(u"lemonade"_s, u"drinks"_s), item(u"sundae"_s, u"desserts"_s)});
    UpsellRules rules;
    rules.afterAdd = {
        {u"burger_sides"_s, {u"burger"_s}, {}, {u"fries"_s, u"rings"_s}},
        {u"mains_drink"_s, {}, {u"mains"_s}, {u"shake"_s, u"cola"_s}},
    };
    rules.atCheckout = {
        {u"drink"_s, {u"drinks"_s}, {u"cola"_s, u"lemonade"_s}},
        {u"dessert"_s, {u"desserts"_s}, {u"sundae"_s}},
    };
    menu.setUpsell(rules);
    return menu;
}

void add(Cart *cart, const Menu &menu, const QString &itemId)
{
    QCOMPARE(cart->add(ItemSelection::withDefaults(menu, *menu.item(itemId)), 1), Cart::Add::Added);
}

Cart cartWith(const Menu &menu, const QStringList &itemIds)
{
    Cart cart;
    for (const QString &id : itemIds)
        add(&cart, menu, id);
    return cart;
}

Suggestion offer(const QString &rule, const QString &itemId)
{
    return Suggestion{rule, itemId, Suggestion::Kind::Item};
}

} // namespace

class TestSuggestionPolicy : public QObject
{
    Q_OBJECT

private:
    const Menu m_menu = upsellMenu();
    const SuggestionPolicy m_policy{m_menu};

private slots:
    void afterAddOffersTheFirstMatchingRulesFirstItem();
    void matchesByCategory();
    void neverSuggestsWhatIsInTheCart();
    void neverSuggestsWhatIsInsideACombo();
    void skipsWhatIsNotOrderableNow();
    void aRuleWithNothingLeftLetsTheNextSpeak();
    void nothingWhenNoRuleMatches();
    void makeItAMealTakesThePlaceOfEveryRule();
    void checkoutOffersADrinkWhenThereIsNone();
    void checkoutSkipsARuleWhoseCategoryIsInTheCart();
    void checkoutCountsComboParts();
    void checkoutNothingWhenEverythingIsThere();
    void logAllowsOnePromptPerLine();
    void logAllowsOnePromptAtCheckout();
};

void TestSuggestionPolicy::afterAddOffersTheFirstMatchingRulesFirstItem()
{
    const Cart cart = cartWith(m_menu, {u"burger"_s});
    // Both rules match the burger: the first in the menu wins, with its first item.
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {}}),
             offer(u"burger_sides"_s, u"fries"_s));
}

void TestSuggestionPolicy::matchesByCategory()
{
    const Cart cart = cartWith(m_menu, {u"tenders"_s});
    // Tenders are not named by any rule; their category is (the sold-out shake is skipped).
    QCOMPARE(m_policy.afterAdd(u"tenders"_s, {cart, {}}),
             offer(u"mains_drink"_s, u"cola"_s));
}

void TestSuggestionPolicy::neverSuggestsWhatIsInTheCart()
{
    const Cart cart = cartWith(m_menu, {u"fries"_s, u"burger"_s});
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {}}),
             offer(u"burger_sides"_s, u"rings"_s));
}

void TestSuggestionPolicy::neverSuggestsWhatIsInsideACombo()
{
    const Cart cart = cartWith(m_menu, {u"burger"_s});
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {u"fries"_s}}),
             offer(u"burger_sides"_s, u"rings"_s));
    QVERIFY(!m_policy.isSuggestable(u"fries"_s, {cart, {u"fries"_s}}));
}

void TestSuggestionPolicy::skipsWhatIsNotOrderableNow()
{
    const Cart cart = cartWith(m_menu, {u"burger"_s});
    // Outside its window or paused: the caller says so, the policy passes it over.
    const SuggestionPolicy policy(m_menu, [](const MenuItem &it) { return it.id != u"fries"_s; });
    QCOMPARE(policy.afterAdd(u"burger"_s, {cart, {}}), offer(u"burger_sides"_s, u"rings"_s));
    // By default the menu's own "available" decides: the shake is sold out.
    QVERIFY(!m_policy.isSuggestable(u"shake"_s, {cart, {}}));
    QVERIFY(m_policy.isSuggestable(u"cola"_s, {cart, {}}));
    QVERIFY(!m_policy.isSuggestable(u"no_such_item"_s, {cart, {}}));
}

void TestSuggestionPolicy::aRuleWithNothingLeftLetsTheNextSpeak()
{
    Cart cart = cartWith(m_menu, {u"fries"_s, u"burger"_s});
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {u"rings"_s}}),
             offer(u"mains_drink"_s, u"cola"_s));
    add(&cart, m_menu, u"cola"_s);
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {u"rings"_s, u"lemonade"_s}}),
             std::nullopt);
}

void TestSuggestionPolicy::nothingWhenNoRuleMatches()
{
    const Cart cart = cartWith(m_menu, {u"sundae"_s});
    QCOMPARE(m_policy.afterAdd(u"sundae"_s, {cart, {}}), std::nullopt);
    QCOMPARE(SuggestionPolicy(Menu()).afterAdd(u"sundae"_s, {cart, {}}), std::nullopt);
}

void TestSuggestionPolicy::makeItAMealTakesThePlaceOfEveryRule()
{
    const Cart cart = cartWith(m_menu, {u"burger"_s});
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {}}, u"burger_meal"_s),
             (Suggestion{SuggestionPolicy::MakeItAMealRuleId, u"burger_meal"_s,
                         Suggestion::Kind::MakeItAMeal}));
    // No combo for this add: the rules speak again.
    QCOMPARE(m_policy.afterAdd(u"burger"_s, {cart, {}}, std::nullopt),
             offer(u"burger_sides"_s, u"fries"_s));
}

void TestSuggestionPolicy::checkoutOffersADrinkWhenThereIsNone()
{
    const Cart cart = cartWith(m_menu, {u"burger"_s});
    QCOMPARE(m_policy.atCheckout({cart, {}}), offer(u"drink"_s, u"cola"_s));
}

void TestSuggestionPolicy::checkoutSkipsARuleWhoseCategoryIsInTheCart()
{
    const Cart cart = cartWith(m_menu, {u"burger"_s, u"lemonade"_s});
    QCOMPARE(m_policy.atCheckout({cart, {}}), offer(u"dessert"_s, u"sundae"_s));
}

void TestSuggestionPolicy::checkoutCountsComboParts()
{
    const Cart cart;
    // The drink is inside a combo line: the order has a drink.
    QCOMPARE(m_policy.atCheckout({cart, {u"burger"_s, u"cola"_s}}),
             offer(u"dessert"_s, u"sundae"_s));
}

void TestSuggestionPolicy::checkoutNothingWhenEverythingIsThere()
{
    Cart cart = cartWith(m_menu, {u"sundae"_s});
    // No drink, but nothing drinkable to offer: the dessert rule is already satisfied.
    const SuggestionPolicy policy(m_menu, [](const MenuItem &it) { return it.categoryId != u"drinks"_s; });
    QCOMPARE(policy.atCheckout({cart, {}}), std::nullopt);
    add(&cart, m_menu, u"cola"_s);
    QCOMPARE(m_policy.atCheckout({cart, {}}), std::nullopt);
}

void TestSuggestionPolicy::logAllowsOnePromptPerLine()
{
    SuggestionLog log;
    QVERIFY(log.claimLine(u"line-1"_s));
    QVERIFY(log.wasLinePrompted(u"line-1"_s));
    // The same line again (a merged add, or back from the prompt): no second prompt.
    QVERIFY(!log.claimLine(u"line-1"_s));
    QVERIFY(log.claimLine(u"line-2"_s));
    QVERIFY(!log.claimLine(QString()));
    log.clear();
    QVERIFY(!log.wasLinePrompted(u"line-1"_s));
    QVERIFY(log.claimLine(u"line-1"_s));
}

void TestSuggestionPolicy::logAllowsOnePromptAtCheckout()
{
    SuggestionLog log;
    QVERIFY(!log.wasCheckoutPrompted());
    QVERIFY(log.claimCheckout());
    QVERIFY(!log.claimCheckout());
    QVERIFY(log.wasCheckoutPrompted());
    log.clear();
    QVERIFY(log.claimCheckout());
}

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestSuggestionPolicy)
#include "tst_suggestionpolicy.moc"
