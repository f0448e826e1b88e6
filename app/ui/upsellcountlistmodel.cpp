#include "ui/upsellcountlistmodel.h"

#include <cmath>

namespace kiosk {

namespace {

QString rateText(const UpsellCounts::Count &count)
{
    if (count.offered <= 0)
        return QStringLiteral("–");
    const double percent = 100.0 * double(count.accepted) / double(count.offered);
    return QStringLiteral("%1 %").arg(std::lround(percent));
}

} // namespace

UpsellCountListModel::UpsellCountListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, [](const Row &row) { return row.ruleId; },
             {{RuleIdRole, "ruleId", &Row::ruleId},
              {OfferedRole, "offered", [](const Row &row) { return row.count.offered; }},
              {AcceptedRole, "accepted", [](const Row &row) { return row.count.accepted; }},
              {RateTextRole, "rateText", [](const Row &row) { return rateText(row.count); }}})
{
}

void UpsellCountListModel::setCounts(const UpsellCounts &counts)
{
    QList<Row> rows;
    for (const QString &ruleId : counts.ruleIds())
        rows.append({ruleId, counts.count(ruleId)});
    m_rows.replace(rows);
}

} // namespace kiosk
