#pragma once

// HTTP answers as the sync library's HttpClient gives them, for the outcome-rule tests that need
// no server (tst_backoff, tst_paymentpolicy).
#include "sync/httpclient.h"

namespace kiosk::test {

inline HttpResult answer(int status, const QByteArray &body = {}, const HttpHeaders &headers = {})
{
    HttpResult r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

// No HTTP answer at all (refused, timed out, reset).
inline HttpResult networkError(HttpResult::Error error)
{
    HttpResult r;
    r.error = error;
    r.errorMessage = QStringLiteral("simulated");
    return r;
}

} // namespace kiosk::test
