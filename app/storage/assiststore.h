#pragma once

#include "contract/assistrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace kiosk {

class Database;

// Customers' calls for staff (the `assist_requests` table). A call is saved and queued for
// POST /v1/assist in one transaction and stays open until staff clear it in diagnostics;
// clearing writes cleared_at and a staff_audit row together.
class AssistStore
{
public:
    explicit AssistStore(Database &db) : m_db(db) {}

    struct OpenCall
    {
        QString id;
        QString reason;
        QDateTime createdAt;
    };

    struct CallResult
    {
        enum Outcome { Created, Repeated, Failed } outcome = Failed;
        QString id;     // the new call, or the open one a repeated tap joined
        QString error;  // Failed only
    };

    // Saves a call and queues `request` under a new idempotency key, unless a call still open
    // was made within `repeatWindowS` before request.createdAt: then that call stands
    // (Repeated) and nothing is written.
    CallResult call(const AssistRequest &request, int repeatWindowS);
    // Open calls, the oldest first; nullopt on a read error.
    std::optional<QList<OpenCall>> openCalls();
    // Marks call `id` cleared at `now` and audits it; false if it is not an open call or
    // nothing could be written (`error` says which).
    bool clear(const QString &id, const QDateTime &now, QString *error);

private:
    Database &m_db;
};

} // namespace kiosk
