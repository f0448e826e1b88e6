#pragma once

#include "domain/upsellcounts.h"
#include "ui/rowlist.h"

namespace kiosk {

// One row per suggestion rule for the diagnostics Suggestions page: how often it was offered
// and taken since the kiosk started, and the share taken, so a manager sees which rules work.
class UpsellCountListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SuggestionController")

public:
    struct Row
    {
        QString ruleId;
        UpsellCounts::Count count;
    };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        OfferedRole,
        AcceptedRole,
        RateTextRole, // "25 %"; "–" before the first offer
    };
    Q_ENUM(Role)

    explicit UpsellCountListModel(QObject *parent = nullptr);

    void setCounts(const UpsellCounts &counts);

private:
    RowList<Row> m_rows;
};

} // namespace kiosk
