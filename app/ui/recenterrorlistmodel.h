#pragma once

#include "ui/recenterrorlog.h"
#include "ui/rowlist.h"

namespace kiosk {

// The process's recent warnings and criticals (RecentErrorLog), newest first, for the
// diagnostics Errors page.
class RecentErrorListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")

public:
    enum Role {
        TimeTextRole = Qt::UserRole + 1, // local "HH:mm:ss"
        LevelRole,                       // a Level
        CategoryRole,                    // "kiosk.sync"
        MessageRole,
    };
    Q_ENUM(Role)
    enum class Level { Warning, Critical, Fatal };
    Q_ENUM(Level)

    explicit RecentErrorListModel(QObject *parent = nullptr);

    // Oldest first, as RecentErrorLog::messages() gives them. New messages are inserted at the
    // top and those the log forgot removed at the bottom.
    void setMessages(const QList<LoggedMessage> &messages);

private:
    RowList<LoggedMessage, quint64> m_newestFirst;
};

} // namespace kiosk
