#pragma once

#include "storage/assiststore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The open calls for staff, the oldest first, for the diagnostics "Help requests" page.
class AssistCallListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AssistController")

public:
    enum Roles {
        CallIdRole = Qt::UserRole + 1,
        ReasonRole,
        CreatedAtTextRole, // local "HH:mm:ss"
    };
    Q_ENUM(Roles)

    explicit AssistCallListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    void setCalls(const QList<AssistStore::OpenCall> &calls);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<AssistStore::OpenCall> m_calls;
};

} // namespace kiosk
