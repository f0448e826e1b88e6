#include "ui/recenterrorlistmodel.h"

#include <algorithm>

namespace kiosk {

namespace {

RecentErrorListModel::Level levelOf(QtMsgType type)
{
    switch (type) {
    case QtCriticalMsg:
        return RecentErrorListModel::Level::Critical;
    case QtFatalMsg:
        return RecentErrorListModel::Level::Fatal;
    default:
        return RecentErrorListModel::Level::Warning;
    }
}

} // namespace

RecentErrorListModel::RecentErrorListModel(QObject *parent) : QAbstractListModel(parent) {}

void RecentErrorListModel::setMessages(const QList<LoggedMessage> &messages)
{
    beginResetModel();
    m_newestFirst = messages;
    std::reverse(m_newestFirst.begin(), m_newestFirst.end());
    endResetModel();
    emit countChanged();
}

int RecentErrorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_newestFirst.size());
}

QVariant RecentErrorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoggedMessage &message = m_newestFirst.at(index.row());
    switch (role) {
    case TimeTextRole:
        return message.at.toString(u"HH:mm:ss");
    case LevelRole:
        return QVariant::fromValue(levelOf(message.type));
    case CategoryRole:
        return message.category;
    case MessageRole:
        return message.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentErrorListModel::roleNames() const
{
    return {{TimeTextRole, "timeText"}, {LevelRole, "level"}, {CategoryRole, "category"},
            {MessageRole, "message"}};
}

} // namespace kiosk
