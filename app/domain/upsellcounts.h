#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kiosk {

// How often each suggestion rule was offered and taken since the kiosk started ("Make it a
// meal" counts under SuggestionPolicy::MakeItAMealRuleId), for /metrics and diagnostics.
class UpsellCounts
{
public:
    struct Count
    {
        qint64 offered = 0;
        qint64 accepted = 0;

        bool operator==(const Count &) const = default;
    };

    // Lists `ruleIds` at zero (counts already kept stay), so /metrics shows every rule of the
    // menu in force before its first offer; "Make it a meal" is always listed.
    void addRules(const QStringList &ruleIds);
    void recordOffered(const QString &ruleId);
    void recordAccepted(const QString &ruleId);

    Count count(const QString &ruleId) const { return m_counts.value(ruleId); }
    // Every rule with a count, sorted, so output is stable.
    QStringList ruleIds() const;

private:
    QHash<QString, Count> m_counts;
};

} // namespace kiosk
