#pragma once

#include "ui/rowlistmodel.h"

#include <initializer_list>

namespace kiosk {

// The rows of a RowListModel and its role table, held by the model (composition, since a
// Q_OBJECT class cannot be a template). Rows are told apart by an id (`Id`: QString or a
// number). replace() tells views only what changed: when both lists hold unique ids and the
// kept rows stay in the same order, rows that went are removed, new ones inserted and kept
// ones get `dataChanged` for the roles whose value differs, so a page scrolled down stays
// where it is. Anything else (rows moved, ids repeated, nothing in common) resets the model.
template <typename Row, typename Id = QString>
class RowList final : public RowListModel::Rows
{
public:
    using Value = std::function<QVariant(const Row &)>;
    // A role: its number, the name QML knows it by, and what a row shows for it: a member, a
    // getter or a lambda.
    struct Role
    {
        int role;
        QByteArray name;
        Value value;
    };

    // `displayRole`: the role that Qt::DisplayRole answers for too (a name, say), if any.
    RowList(RowListModel *model, std::function<Id(const Row &)> idOf, std::initializer_list<Role> roles,
            int displayRole = Qt::DisplayRole)
        : m_model(model), m_idOf(std::move(idOf)), m_displayRole(displayRole)
    {
        QHash<int, QByteArray> names;
        QList<int> numbers;
        for (const Role &role : roles) {
            names.insert(role.role, role.name);
            numbers.append(role.role);
            m_values.insert(role.role, role.value);
        }
        if (m_values.contains(displayRole))
            numbers.append(Qt::DisplayRole);
        m_model->attach(this, names, numbers);
    }
    ~RowList() { m_model->detach(); }
    RowList(const RowList &) = delete;
    RowList &operator=(const RowList &) = delete;

    const QList<Row> &rows() const { return m_rows; }
    void replace(const QList<Row> &next);

    int size() const override { return int(m_rows.size()); }
    QVariant value(int row, int role) const override
    {
        const auto value = m_values.constFind(role == Qt::DisplayRole ? m_displayRole : role);
        return value == m_values.cend() ? QVariant() : (*value)(m_rows.at(row));
    }

private:
    RowListModel *m_model;
    std::function<Id(const Row &)> m_idOf;
    int m_displayRole;
    QHash<int, Value> m_values;
    QList<Row> m_rows;
};

template <typename Row, typename Id>
void RowList<Row, Id>::replace(const QList<Row> &next)
{
    QHash<Id, int> oldRowOf;
    for (int row = 0; row < m_rows.size(); ++row)
        oldRowOf.insert(m_idOf(m_rows.at(row)), row);
    QHash<Id, int> newRowOf;
    QList<int> oldRowOfNew;
    for (int row = 0; row < next.size(); ++row) {
        const Id id = m_idOf(next.at(row));
        newRowOf.insert(id, row);
        oldRowOfNew.append(oldRowOf.value(id, -1));
    }
    const bool matched = oldRowOf.size() == m_rows.size() && newRowOf.size() == next.size();
    m_model->applyRows(oldRowOfNew, matched,
                       {[this](int first, int count) { m_rows.remove(first, count); },
                        [this, &next](int first, int count) {
                            for (int row = first; row < first + count; ++row)
                                m_rows.insert(row, next.at(row));
                        },
                        [this, &next] { m_rows = next; }});
}

} // namespace kiosk
