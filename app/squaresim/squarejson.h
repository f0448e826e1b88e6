#pragma once

#include "simkit/httpmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk::squaresim {

using simkit::Request;
using simkit::Response;

// Square's error body: {"errors": [{"category", "code", "detail", "field"?}]}
// (https://developer.squareup.com/docs/build-basics/handling-errors).
Response squareError(int status, const QString &category, const QString &code, const QString &detail,
                     const QString &field = QString());
// 400 INVALID_REQUEST_ERROR with `code`.
Response badRequest(const QString &code, const QString &detail, const QString &field = QString());
Response notFound(const QString &detail);
// The error body an injected fault carries: the category and code Square uses for the status.
Response injectedSquareError(int status, const QString &message);
Response squareJson(const QJsonObject &body, int status = 200);

// {"amount": cents, "currency": "USD"}
QJsonObject money(qint64 amount, const QString &currency);
qint64 amountOf(const QJsonValue &money);

// RFC 3339 in UTC with milliseconds, as Square writes timestamps.
QString rfc3339(qint64 epochMs);
qint64 nowMs();
// nullopt when `text` is not an RFC 3339 timestamp.
std::optional<qint64> parseRfc3339(const QString &text);

// A new id in Square's style: `length` upper-case letters and digits.
QString newSquareId(int length = 24);

// The body as a JSON object, or the 400 Square answers for a body that is not one.
std::optional<QJsonObject> jsonObjectBody(const Request &request, Response *rejection);

// Page `cursor` of `items`, `pageSize` at a time: the page and the next cursor (empty at the
// end). Cursors are opaque to clients; an unreadable one is nullopt.
struct Page
{
    QJsonArray items;
    QString next;

    // {`key`: items, "cursor": next}, each only when there is one, as Square answers a page.
    QJsonObject toJson(const QString &key, QJsonObject answer = {}) const;
};
std::optional<Page> pageOf(const QJsonArray &items, const QString &cursor, int pageSize);

// Rounds num / den (den > 0) to the nearest integer, halves to even: Square's "Bankers'
// Rounding" (https://developer.squareup.com/docs/orders-api/price-adjustments, "Rounding rules").
qint64 roundHalfEven(qint64 num, qint64 den);

} // namespace kiosk::squaresim
