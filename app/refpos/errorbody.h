#pragma once

#include "refpos/simkit.h"

namespace kiosk::refpos {

// The error body of every /v1 4xx/5xx: {"error": plain words, "code": what a kiosk acts on}
// (docs/backend-api.md, "Error codes"). Kiosks read meaning from "code", never from the
// status number, which several codes share.
Response apiError(int status, const char *code, const QString &message);

// `response` with the code its status implies added to an error body that has none yet
// (401 unauthorized, 404 not_found, 405 method_not_allowed, 409 idempotency_conflict,
// 422 validation, 5xx internal), so no /v1 error goes out without one.
Response withErrorCode(Response response);

} // namespace kiosk::refpos
