#include "ui/outboxentrylistmodel.h"

#include <algorithm>

namespace kiosk {

OutboxEntryListModel::OutboxEntryListModel(QObject *parent)
    : RowListModel(parent),
      m_entries(this, &OutboxEntry::seq,
                {{SeqRole, "seq", &OutboxEntry::seq},
                 {KindRole, "kind", &OutboxEntry::kind},
                 {OrderNumberRole, "orderNumber", &OutboxEntry::orderNumber},
                 {StateRole, "state", [](const OutboxEntry &entry) {
                      return QVariant::fromValue(entry.state == OutboxEntry::State::Failed ? State::Failed
                                                                                          : State::Pending);
                  }},
                 {AttemptsRole, "attempts", &OutboxEntry::attempts},
                 {LastErrorRole, "lastError", &OutboxEntry::lastError},
                 {CreatedTextRole, "createdText", [](const OutboxEntry &entry) {
                      return entry.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss");
                  }}})
{
}

void OutboxEntryListModel::setEntries(const QList<OutboxEntry> &entries)
{
    const int failedBefore = failedCount();
    m_entries.replace(entries);
    if (failedCount() != failedBefore)
        emit failedCountChanged();
}

int OutboxEntryListModel::failedCount() const
{
    return int(std::count_if(m_entries.rows().cbegin(), m_entries.rows().cend(), [](const OutboxEntry &entry) {
        return entry.state == OutboxEntry::State::Failed;
    }));
}

} // namespace kiosk
