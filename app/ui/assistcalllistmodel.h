#pragma once

#include "storage/assiststore.h"
#include "ui/rowlist.h"

namespace kiosk {

// The open calls for staff, the oldest first, for the diagnostics "Help requests" page.
class AssistCallListModel : public kiosk::RowListModel
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

    explicit AssistCallListModel(QObject *parent = nullptr);

    void setCalls(const QList<AssistStore::OpenCall> &calls) { m_calls.replace(calls); }

private:
    RowList<AssistStore::OpenCall> m_calls;
};

} // namespace kiosk
