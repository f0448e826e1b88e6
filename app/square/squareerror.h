#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kiosk {

// One entry of a Square error body: {"errors": [{"category", "code", "detail", "field"}]}.
// https://developer.squareup.com/docs/build-basics/handling-errors
struct SquareError
{
    QString category; // "INVALID_REQUEST_ERROR", "AUTHENTICATION_ERROR", "RATE_LIMIT_ERROR", ...
    QString code;     // "IDEMPOTENCY_KEY_REUSED", "UNAUTHORIZED", "NOT_FOUND", ...
    QString detail;   // Square's own sentence (never request data of ours)
    QString field;    // the request field it concerns, when Square says

    bool operator==(const SquareError &) const = default;
};

// The errors of a Square answer; empty when it has none (or is not a Square error body).
QList<SquareError> squareErrors(const QJsonObject &body);

// Plain words for staff and the log: "Square refused the request (INVALID_REQUEST_ERROR
// VALUE_TOO_LOW at order.line_items[0].quantity): <detail>"; several errors joined by "; ".
QString squareErrorWords(const QList<SquareError> &errors);

// Whether any error has this code.
bool hasSquareErrorCode(const QList<SquareError> &errors, const QString &code);

} // namespace kiosk
