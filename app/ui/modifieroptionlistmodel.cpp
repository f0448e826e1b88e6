#include "ui/modifieroptionlistmodel.h"

#include "domain/moneyformat.h"

namespace kiosk {

ModifierOptionListModel::ModifierOptionListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &Row::id,
             {{GroupIdRole, "groupId", &Row::groupId}, {GroupNameRole, "groupName", &Row::groupName},
              {GroupMinRole, "groupMin", &Row::groupMin}, {GroupMaxRole, "groupMax", &Row::groupMax},
              {GroupSatisfiedRole, "groupSatisfied", &Row::groupSatisfied},
              {OptionIdRole, "optionId", &Row::optionId}, {NameRole, "name", &Row::name},
              {PriceDeltaCentsRole, "priceDeltaCents", &Row::priceDeltaCents},
              {PriceDeltaTextRole, "priceDeltaText", &Row::priceDeltaText},
              {SelectedRole, "selected", &Row::selected}},
             NameRole)
{
}

void ModifierOptionListModel::setSelection(const ItemSelection *selection, const QString &language,
                                           const QString &currency)
{
    m_selection = selection;
    m_language = language;
    m_currency = currency;
    refreshSelection();
}

void ModifierOptionListModel::refreshSelection()
{
    QList<Row> rows;
    if (m_selection) {
        for (const ModifierGroup &group : m_selection->groups()) {
            const bool satisfied = m_selection->selectedCount(group.id) >= group.min;
            for (const ModifierOption &option : group.options) {
                const QString priceText = option.priceCents == 0
                    ? QString()
                    : QStringLiteral("+") + formatMoney(option.priceCents, m_language, m_currency);
                rows.append({m_selection->item().id + u'/' + group.id + u'/' + option.id, group.id,
                             group.name.text(m_language), group.min, group.max, satisfied, option.id,
                             option.name.text(m_language), option.priceCents, priceText,
                             m_selection->isSelected(group.id, option.id)});
            }
        }
    }
    m_rows.replace(rows);
}

} // namespace kiosk
