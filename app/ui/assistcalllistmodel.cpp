#include "ui/assistcalllistmodel.h"

namespace kiosk {

void AssistCallListModel::setCalls(const QList<AssistStore::OpenCall> &calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int AssistCallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant AssistCallListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssistStore::OpenCall &call = m_calls.at(index.row());
    switch (role) {
    case CallIdRole:
        return call.id;
    case ReasonRole:
        return call.reason;
    case CreatedAtTextRole:
        return call.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    }
    return {};
}

QHash<int, QByteArray> AssistCallListModel::roleNames() const
{
    return {{CallIdRole, "callId"}, {ReasonRole, "reason"}, {CreatedAtTextRole, "createdAtText"}};
}

} // namespace kiosk
