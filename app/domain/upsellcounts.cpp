#include "domain/upsellcounts.h"

#include "domain/suggestionpolicy.h"

namespace kiosk {

void UpsellCounts::addRules(const QStringList &ruleIds)
{
    for (const QString &id : QStringList{SuggestionPolicy::MakeItAMealRuleId} + ruleIds) {
        if (!m_counts.contains(id))
            m_counts.insert(id, Count{});
    }
}

void UpsellCounts::recordOffered(const QString &ruleId)
{
    ++m_counts[ruleId].offered;
}

void UpsellCounts::recordAccepted(const QString &ruleId)
{
    ++m_counts[ruleId].accepted;
}

QStringList UpsellCounts::ruleIds() const
{
    QStringList ids = m_counts.keys();
    ids.sort();
    return ids;
}

} // namespace kiosk
