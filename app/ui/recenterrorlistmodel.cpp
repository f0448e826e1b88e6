#include "ui/recenterrorlistmodel.h"

#include <algorithm>

namespace kiosk {

namespace {

QString timeText(const LoggedMessage &message)
{
    return message.at.toString(u"HH:mm:ss");
}

QVariant levelOf(const LoggedMessage &message)
{
    switch (message.type) {
    case QtCriticalMsg:
        return QVariant::fromValue(RecentErrorListModel::Level::Critical);
    case QtFatalMsg:
        return QVariant::fromValue(RecentErrorListModel::Level::Fatal);
    default:
        return QVariant::fromValue(RecentErrorListModel::Level::Warning);
    }
}

} // namespace

RecentErrorListModel::RecentErrorListModel(QObject *parent)
    : RowListModel(parent),
      m_newestFirst(this, &LoggedMessage::seq,
                    {{TimeTextRole, "timeText", timeText},
                     {LevelRole, "level", levelOf},
                     {CategoryRole, "category", &LoggedMessage::category},
                     {MessageRole, "message", &LoggedMessage::message}})
{
}

void RecentErrorListModel::setMessages(const QList<LoggedMessage> &messages)
{
    QList<LoggedMessage> newestFirst = messages;
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_newestFirst.replace(newestFirst);
}

} // namespace kiosk
