#pragma once

#include "health/outboxlisting.h"
#include "kioskctl/context.h"

namespace kiosk::ctl {

// Each returns the process's exit status (ExitCode).

// `kioskctl config validate DIR`: what `kiosk --check-config DIR` does, with its messages.
int validateConfig(Io &io, const QString &dir);
// `kioskctl status`: the running kiosk's /healthz, else what the database tells offline.
int status(Context &context);
// `kioskctl outbox`: the most recent entries, from the kiosk or else read-only from the file.
int listOutbox(Context &context, OutboxFilter filter, int limit);
// `kioskctl outbox retry SEQ`: through the kiosk; offline only while nothing has the file open.
int retryOutbox(Context &context, qint64 seq);
// `kioskctl sync` and `kioskctl config reload`: ask the running kiosk.
int requestSync(Context &context);
int requestConfigReload(Context &context);
// `kioskctl printer`: the running kiosk's receipt printer (GET /printer) and the tickets it gave
// up on. `kioskctl printer test` and `kioskctl reprint NUMBER` (a valid order number,
// isValidOrderNumber()): ask the kiosk to print. Nothing to do offline: only the kiosk prints.
int printerStatus(Context &context);
int requestTestTicket(Context &context);
int requestReprint(Context &context, const QString &number);
// `kioskctl pause ITEM 1h|4h|day` and `kioskctl resume ITEM`: POST /menu/items/<id>/pause or
// /resume to the running kiosk (`duration`: "1h", "4h" or "business_day"). Audited there.
int requestPause(Context &context, const QString &itemId, const QString &duration);
int requestResume(Context &context, const QString &itemId);
// `kioskctl feedback`: today's and the last 7 days' CSAT and NPS, read-only from the database.
int feedback(Context &context);
// `kioskctl payments`: the `limit` most recent card payment attempts and the paid orders staff
// must act on (number never shown, not taken by the backend), read-only from the database.
int payments(Context &context, int limit);
// `kioskctl pin-hash`: a PIN from the input, its hash for kiosk.json on the output.
int pinHash(Io &io);
// `kioskctl pin-set`: a PIN from the input, its hash into DATA_DIR/staff-pin, audited.
int pinSet(Context &context);
// A new PIN from the input: twice on a terminal, once from a pipe; valid and not weak.
// nullopt when refused (the reason is on io.err, never the PIN).
std::optional<QString> readNewPin(Io &io);

// Shared by the commands that talk to the kiosk: one line on why it did not answer.
struct LoopbackReply;
QString unreachableMessage(const Context &context, quint16 port, const LoopbackReply &reply);
// An answer other than the success expected: the token's problem for a 401, else the status
// and the body.
QString answerMessage(Context &context, const LoopbackReply &reply);

} // namespace kiosk::ctl
