#pragma once

#include "ui/recenterrorlog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The process's recent warnings and criticals (RecentErrorLog), newest first, for the
// diagnostics Errors page.
class RecentErrorListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    // Oldest first, as RecentErrorLog::messages() gives them.
    void setMessages(const QList<LoggedMessage> &messages);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<LoggedMessage> m_newestFirst;
};

} // namespace kiosk
