// The diagnostics Suggestions page's rows: one per rule, sorted, with its offers, acceptances
// and the share taken; an offer changes its row in place.
#include "modelspies.h"
#include "ui/upsellcountlistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kiosk::UpsellCountListModel;
using kiosk::test::ModelSpies;

class TestUpsellCountModel : public QObject
{
    Q_OBJECT

private:
    static QVariant at(const UpsellCountListModel &model, int row, int role)
    {
        return model.data(model.index(row), role);
    }

private slots:
    void rowsFollowTheCounts()
    {
        UpsellCountListModel model;
        ModelSpies spies(&model);
        kiosk::UpsellCounts counts;
        counts.addRules({u"drink"_s, u"burger_sides"_s});
        model.setCounts(counts);
        QCOMPARE(model.rowCount(), 3); // with "Make it a meal", always listed
        QCOMPARE(at(model, 0, UpsellCountListModel::RuleIdRole).toString(), u"burger_sides"_s);
        QCOMPARE(at(model, 0, UpsellCountListModel::RateTextRole).toString(), u"–"_s);

        spies.clear();
        for (int i = 0; i < 4; ++i)
            counts.recordOffered(u"burger_sides"_s);
        counts.recordAccepted(u"burger_sides"_s);
        model.setCounts(counts);
        QVERIFY(spies.inPlace());
        QCOMPARE(spies.changedRows(), QList<int>{0});
        QCOMPARE(at(model, 0, UpsellCountListModel::OfferedRole).toLongLong(), 4);
        QCOMPARE(at(model, 0, UpsellCountListModel::AcceptedRole).toLongLong(), 1);
        QCOMPARE(at(model, 0, UpsellCountListModel::RateTextRole).toString(), u"25 %"_s);
    }
};

QTEST_MAIN(TestUpsellCountModel)
#include "tst_upsellcountmodel.moc"
