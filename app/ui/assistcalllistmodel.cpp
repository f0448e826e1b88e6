#include "ui/assistcalllistmodel.h"

namespace kiosk {

AssistCallListModel::AssistCallListModel(QObject *parent)
    : RowListModel(parent),
      m_calls(this, &AssistStore::OpenCall::id,
              {{CallIdRole, "callId", &AssistStore::OpenCall::id},
               {ReasonRole, "reason", &AssistStore::OpenCall::reason},
               {CreatedAtTextRole, "createdAtText", [](const AssistStore::OpenCall &call) {
                    return call.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
                }}})
{
}

} // namespace kiosk
