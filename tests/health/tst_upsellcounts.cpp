// Suggestion counts per rule (app/domain/upsellcounts) and their /metrics text
// (app/health/upsellmetrics), checked by the strict exposition parser.
#include "health/upsellmetrics.h"
#include "domain/suggestionpolicy.h"
#include "promtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

class TestUpsellCounts : public QObject
{
    Q_OBJECT

private slots:
    void countsOfferedAndAcceptedPerRule();
    void addRulesListsEveryRuleAtZeroAndKeepsCounts();
    void metricsTextIsValidAndLabelledByRule();
    void metricsWithoutRulesStillListMakeItAMeal();
};

void TestUpsellCounts::countsOfferedAndAcceptedPerRule()
{
    UpsellCounts counts;
    counts.recordOffered(u"drink"_s);
    counts.recordOffered(u"drink"_s);
    counts.recordAccepted(u"drink"_s);
    counts.recordOffered(SuggestionPolicy::MakeItAMealRuleId);
    QCOMPARE(counts.count(u"drink"_s), (UpsellCounts::Count{2, 1}));
    QCOMPARE(counts.count(u"make_it_a_meal"_s), (UpsellCounts::Count{1, 0}));
    QCOMPARE(counts.count(u"never"_s), (UpsellCounts::Count{}));
    QCOMPARE(counts.ruleIds(), (QStringList{u"drink"_s, u"make_it_a_meal"_s}));
}

void TestUpsellCounts::addRulesListsEveryRuleAtZeroAndKeepsCounts()
{
    UpsellCounts counts;
    counts.recordOffered(u"drink"_s);
    // A reloaded menu with the same rule and a new one: nothing already counted is lost.
    counts.addRules({u"dessert"_s, u"drink"_s});
    QCOMPARE(counts.ruleIds(), (QStringList{u"dessert"_s, u"drink"_s, u"make_it_a_meal"_s}));
    QCOMPARE(counts.count(u"drink"_s).offered, 1);
    QCOMPARE(counts.count(u"dessert"_s), (UpsellCounts::Count{}));
}

void TestUpsellCounts::metricsTextIsValidAndLabelledByRule()
{
    UpsellCounts counts;
    counts.addRules({u"burger_sides"_s, u"drink"_s});
    counts.recordOffered(u"drink"_s);
    counts.recordOffered(u"drink"_s);
    counts.recordAccepted(u"drink"_s);
    counts.recordOffered(u"make_it_a_meal"_s);
    counts.recordAccepted(u"make_it_a_meal"_s);
    MetricsWriter writer;
    writeUpsellMetrics(&writer, counts);

    test::PromFamilies families;
    const QStringList errors = test::validateExposition(writer.text(), &families);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(families.value("kiosk_upsell_offered_total").type, "counter");
    QCOMPARE(families.value("kiosk_upsell_accepted_total").type, "counter");
    QCOMPARE(families.value("kiosk_upsell_offered_total").samples.size(), 3);
    QCOMPARE(test::sampleValue(families, "kiosk_upsell_offered_total", {{"rule", "drink"}}), 2.0);
    QCOMPARE(test::sampleValue(families, "kiosk_upsell_accepted_total", {{"rule", "drink"}}), 1.0);
    QCOMPARE(test::sampleValue(families, "kiosk_upsell_offered_total", {{"rule", "burger_sides"}}), 0.0);
    QCOMPARE(test::sampleValue(families, "kiosk_upsell_accepted_total", {{"rule", "make_it_a_meal"}}), 1.0);
    QVERIFY(writer.text().contains("kiosk_upsell_offered_total{rule=\"drink\"} 2\n"));
}

void TestUpsellCounts::metricsWithoutRulesStillListMakeItAMeal()
{
    UpsellCounts counts;
    counts.addRules({});
    MetricsWriter writer;
    writeUpsellMetrics(&writer, counts);
    QCOMPARE(writer.text(),
             QByteArray("# HELP kiosk_upsell_offered_total Suggestions shown to customers since the "
                        "kiosk started, by rule.\n"
                        "# TYPE kiosk_upsell_offered_total counter\n"
                        "kiosk_upsell_offered_total{rule=\"make_it_a_meal\"} 0\n"
                        "# HELP kiosk_upsell_accepted_total Suggestions customers took since the "
                        "kiosk started, by rule.\n"
                        "# TYPE kiosk_upsell_accepted_total counter\n"
                        "kiosk_upsell_accepted_total{rule=\"make_it_a_meal\"} 0\n"));
}

} // namespace kiosk

QTEST_GUILESS_MAIN(kiosk::TestUpsellCounts)
#include "tst_upsellcounts.moc"
