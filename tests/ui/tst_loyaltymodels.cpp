// The loyalty pages' models (rewards, candidates, usual items): redeeming a reward or switching
// language updates rows in place; another member replaces them; signing out empties them.
#include "modelspies.h"
#include "ui/loyaltycandidatelistmodel.h"
#include "ui/loyaltyrewardlistmodel.h"
#include "ui/loyaltyusualitemlistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kiosk::LoyaltyRewardListModel;
using kiosk::LoyaltyUsualItemListModel;
using kiosk::test::ModelSpies;
using kiosk::test::qmlCount;

namespace {

QList<LoyaltyRewardListModel::Row> rewards()
{
    return {{u"free_fries"_s, u"Free fries"_s, 300, u"free_item"_s, u"Fries"_s, true, false},
            {u"two_dollars_off"_s, u"$2 off"_s, 500, u"amount_off"_s, u"$2.00 off"_s, true, false},
            {u"ten_percent_off"_s, u"10% off"_s, 900, u"percent_off"_s, u"10% off"_s, false, false}};
}

QList<LoyaltyUsualItemListModel::Row> usualItems(const QString &burger = u"Burger"_s)
{
    return {{u"burger"_s, burger, u"$8.99"_s, QUrl(u"file:///menu/burger.jpg"_s), true},
            {u"shake"_s, u"Shake"_s, u"$4.99"_s, QUrl(), false}};
}

} // namespace

class TestLoyaltyModels : public QObject
{
    Q_OBJECT

private slots:
    void rewardsShowWhatTheControllerGave()
    {
        LoyaltyRewardListModel model;
        ModelSpies spies(&model);
        model.setRows(rewards());
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 2}}));
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 3);
        QCOMPARE(model.rows(), rewards());
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(LoyaltyRewardListModel::RewardIdRole).toString(), u"two_dollars_off"_s);
        QCOMPARE(second.data(LoyaltyRewardListModel::NameRole).toString(), u"$2 off"_s);
        QCOMPARE(second.data(Qt::DisplayRole).toString(), u"$2 off"_s);
        QCOMPARE(second.data(LoyaltyRewardListModel::PointsCostRole).toInt(), 500);
        QCOMPARE(second.data(LoyaltyRewardListModel::KindRole).toString(), u"amount_off"_s);
        QCOMPARE(second.data(LoyaltyRewardListModel::ValueTextRole).toString(), u"$2.00 off"_s);
        QVERIFY(second.data(LoyaltyRewardListModel::AffordableRole).toBool());
        QVERIFY(!second.data(LoyaltyRewardListModel::RedeemedRole).toBool());
        QCOMPARE(model.roleNames().value(LoyaltyRewardListModel::AffordableRole), "affordable");
    }

    void redeemingUpdatesOnlyTheRewardsThatChanged()
    {
        LoyaltyRewardListModel model;
        model.setRows(rewards());
        ModelSpies spies(&model);
        // Fries redeemed: 300 points fewer, so $2 off is out of reach now.
        QList<LoyaltyRewardListModel::Row> next = rewards();
        next[0].redeemed = true;
        next[1].affordable = false;
        model.setRows(next);
        QVERIFY(spies.inPlace());
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(spies.changedRows(), (QList<int>{0, 1}));
        QCOMPARE(spies.changedRoles(0), (QList<int>{LoyaltyRewardListModel::RedeemedRole}));
        QCOMPARE(spies.changedRoles(1), (QList<int>{LoyaltyRewardListModel::AffordableRole}));
        QVERIFY(model.index(0).data(LoyaltyRewardListModel::RedeemedRole).toBool());

        spies.clear();
        model.setRows(next);
        QVERIFY(spies.silent());
    }

    void anotherMembersRewardsReplaceTheList()
    {
        LoyaltyRewardListModel model;
        model.setRows(rewards());
        ModelSpies spies(&model);
        model.setRows({{u"free_shake"_s, u"Free shake"_s, 800, u"free_item"_s, u"Shake"_s, true, false}});
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 1);

        spies.clear();
        model.setRows({});
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 0}}));
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 0);
    }

    void candidatesToChooseFrom()
    {
        kiosk::LoyaltyCandidateListModel model;
        ModelSpies spies(&model);
        model.setRows({{u"Sam L."_s, u"gold"_s}, {u"Sara L."_s, u"silver"_s}});
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 1}}));
        QCOMPARE(qmlCount(&model), 2);
        QCOMPARE(model.index(1).data(kiosk::LoyaltyCandidateListModel::MaskedNameRole).toString(), u"Sara L."_s);
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), u"Sara L."_s);
        QCOMPARE(model.index(0).data(kiosk::LoyaltyCandidateListModel::TierRole).toString(), u"gold"_s);
        QCOMPARE(model.roleNames().value(kiosk::LoyaltyCandidateListModel::MaskedNameRole), "maskedName");

        // One chosen: the list empties; emptying it again says nothing.
        spies.clear();
        model.setRows({});
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 1}}));
        QCOMPARE(spies.count.size(), 1);
        spies.clear();
        model.setRows({});
        QVERIFY(spies.silent());
    }

    void candidatesSharingAMaskedNameAreShown()
    {
        kiosk::LoyaltyCandidateListModel model;
        ModelSpies spies(&model);
        model.setRows({{u"Sam L."_s, u"gold"_s}, {u"Sam L."_s, u"silver"_s}});
        QCOMPARE(qmlCount(&model), 2);
        QCOMPARE(model.index(1).data(kiosk::LoyaltyCandidateListModel::TierRole).toString(), u"silver"_s);
        QCOMPARE(spies.count.size(), 1);
    }

    void usualItemsInAnotherLanguageUpdateInPlace()
    {
        LoyaltyUsualItemListModel model;
        ModelSpies spies(&model);
        model.setRows(usualItems());
        QCOMPARE(qmlCount(&model), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(LoyaltyUsualItemListModel::ItemIdRole).toString(), u"burger"_s);
        QCOMPARE(first.data(LoyaltyUsualItemListModel::PriceTextRole).toString(), u"$8.99"_s);
        QCOMPARE(first.data(LoyaltyUsualItemListModel::ImageUrlRole).toUrl(), QUrl(u"file:///menu/burger.jpg"_s));
        QVERIFY(first.data(LoyaltyUsualItemListModel::AvailableRole).toBool());
        QVERIFY(!model.index(1).data(LoyaltyUsualItemListModel::AvailableRole).toBool());
        QCOMPARE(model.roleNames().value(LoyaltyUsualItemListModel::PriceTextRole), "priceText");

        spies.clear();
        model.setRows(usualItems(u"Hamburguesa"_s));
        QVERIFY(spies.inPlace());
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(spies.changedRows(), (QList<int>{0}));
        QCOMPARE(spies.changedRoles(0), (QList<int>{Qt::DisplayRole, LoyaltyUsualItemListModel::NameRole}));
        QCOMPARE(first.data(LoyaltyUsualItemListModel::NameRole).toString(), u"Hamburguesa"_s);
    }

    void signingOutEmptiesUsualItems()
    {
        LoyaltyUsualItemListModel model;
        model.setRows(usualItems());
        ModelSpies spies(&model);
        model.setRows({});
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 1}}));
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyModels)
#include "tst_loyaltymodels.moc"
