#include "ui/outboxentrylistmodel.h"

#include <algorithm>

namespace kiosk {

OutboxEntryListModel::OutboxEntryListModel(QObject *parent) : QAbstractListModel(parent) {}

void OutboxEntryListModel::setEntries(const QList<OutboxEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    emit countChanged();
}

int OutboxEntryListModel::failedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Failed;
    }));
}

int OutboxEntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OutboxEntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return entry.seq;
    case KindRole:
        return entry.kind;
    case OrderNumberRole:
        return entry.orderNumber;
    case StateRole:
        return QVariant::fromValue(entry.state == OutboxEntry::State::Failed ? State::Failed : State::Pending);
    case AttemptsRole:
        return entry.attempts;
    case LastErrorRole:
        return entry.lastError;
    case CreatedTextRole:
        return entry.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss");
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxEntryListModel::roleNames() const
{
    return {{SeqRole, "seq"}, {KindRole, "kind"}, {OrderNumberRole, "orderNumber"}, {StateRole, "state"},
            {AttemptsRole, "attempts"}, {LastErrorRole, "lastError"}, {CreatedTextRole, "createdText"}};
}

} // namespace kiosk
