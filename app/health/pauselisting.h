#pragma once

#include "domain/pauseduration.h"
#include "storage/itempauses.h"

#include <QByteArray>
#include <functional>
#include <optional>

namespace kiosk {

// The staff listener's pause endpoints (issue 17):
//   GET /menu/pauses                 200 {"pauses": [{"item_id", "until", "paused_at"}]}
//   POST /menu/items/<id>/pause      {"for": "1h" | "4h" | "business_day"}: 200, 404 no such
//                                    item, 400 a bad id or body
//   POST /menu/items/<id>/resume     200, 404 no such item, 400 a bad id

// What the kiosk did with a pause or a resume.
struct PauseOutcome
{
    enum class Answer { Done, UnknownItem, Failed };
    Answer answer = Answer::Failed;
    QDateTime until;  // a pause's end (UTC)
    QString error;    // Failed: why, in words, no personal data
};

// The pauses in force; nullopt when they cannot be read.
using PauseListHandler = std::function<std::optional<QList<ItemPause>>()>;
// Pauses `itemId` for `choice`, or resumes it when `choice` is nullopt.
using PauseHandler = std::function<PauseOutcome(const QString &itemId, std::optional<PauseChoice> choice)>;

QByteArray pausesJson(const QList<ItemPause> &pauses);
// The pause request's body; nullopt with `error` (the exact reason) when it is not one.
std::optional<PauseChoice> parsePauseRequest(const QByteArray &body, QString *error);
// An item id as menu.json writes them: a-z, 0-9 and '_', 1 to 64 characters.
bool isValidItemId(const QString &id);

} // namespace kiosk
