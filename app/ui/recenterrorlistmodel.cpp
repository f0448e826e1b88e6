#include "ui/recenterrorlistmodel.h"

#include <algorithm>

namespace kiosk {

namespace {

QString timeText(const LoggedMessage &message)
{
    return message.at.toString(u"HH:mm:ss");
}

QString levelName(const LoggedMessage &message)
{
    switch (message.type) {
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    default:
        return QStringLiteral("warning");
    }
}

} // namespace

RecentErrorListModel::RecentErrorListModel(QObject *parent)
    : RowListModel(parent),
      m_newestFirst(this, &LoggedMessage::seq,
                    {{TimeTextRole, "timeText", timeText},
                     {LevelRole, "level", levelName},
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
