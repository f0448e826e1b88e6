#pragma once

#include "storage/outbox.h"
#include "ui/rowlist.h"

namespace kiosk {

// The outbox entries staff can act on (pending and failed), for the diagnostics Outbox page.
// Shows no request body: it can carry personal data.
class OutboxEntryListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")
    Q_PROPERTY(int failedCount READ failedCount NOTIFY failedCountChanged)

public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        KindRole,          // "order", "feedback", "assist"
        OrderNumberRole,   // "K1-042"; empty unless an order
        StateRole,         // a State
        AttemptsRole,
        LastErrorRole,
        CreatedTextRole,   // local "yyyy-MM-dd HH:mm:ss"
    };
    Q_ENUM(Role)
    // What the page compares an entry's state with (OutboxEntryListModel.Failed).
    enum class State { Pending, Failed };
    Q_ENUM(State)

    explicit OutboxEntryListModel(QObject *parent = nullptr);

    void setEntries(const QList<OutboxEntry> &entries);
    int failedCount() const;

signals:
    // An entry can fail without the count changing.
    void failedCountChanged();

private:
    RowList<OutboxEntry, qint64> m_entries;
};

} // namespace kiosk
