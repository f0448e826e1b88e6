#include "ui/modifieroptionlistmodel.h"

#include "ui/moneyformat.h"

namespace kiosk {

ModifierOptionListModel::ModifierOptionListModel(QObject *parent) : QAbstractListModel(parent) {}

void ModifierOptionListModel::setSelection(const ItemSelection *selection, const QString &language,
                                           const QString &currency)
{
    beginResetModel();
    m_selection = selection;
    m_language = language;
    m_currency = currency;
    m_rows.clear();
    if (m_selection) {
        for (const ModifierGroup &group : m_selection->groups()) {
            for (const ModifierOption &option : group.options)
                m_rows.append({&group, &option});
        }
    }
    endResetModel();
    emit countChanged();
}

void ModifierOptionListModel::refreshSelection()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {SelectedRole, GroupSatisfiedRole});
}

int ModifierOptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModifierOptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_selection)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case GroupIdRole:
        return row.group->id;
    case GroupNameRole:
        return row.group->name.text(m_language);
    case GroupMinRole:
        return row.group->min;
    case GroupMaxRole:
        return row.group->max;
    case GroupSatisfiedRole:
        return m_selection->selectedCount(row.group->id) >= row.group->min;
    case OptionIdRole:
        return row.option->id;
    case Qt::DisplayRole:
    case NameRole:
        return row.option->name.text(m_language);
    case PriceDeltaCentsRole:
        return row.option->priceCents;
    case PriceDeltaTextRole:
        return row.option->priceCents == 0
                   ? QString()
                   : QStringLiteral("+") + formatMoney(row.option->priceCents, m_language, m_currency);
    case SelectedRole:
        return m_selection->isSelected(row.group->id, row.option->id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ModifierOptionListModel::roleNames() const
{
    return {{GroupIdRole, "groupId"},         {GroupNameRole, "groupName"},
            {GroupMinRole, "groupMin"},       {GroupMaxRole, "groupMax"},
            {GroupSatisfiedRole, "groupSatisfied"}, {OptionIdRole, "optionId"},
            {NameRole, "name"},               {PriceDeltaCentsRole, "priceDeltaCents"},
            {PriceDeltaTextRole, "priceDeltaText"}, {SelectedRole, "selected"}};
}

} // namespace kiosk
