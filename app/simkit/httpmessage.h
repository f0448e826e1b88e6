#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <utility>

class QHttpServerRequest;

namespace kiosk::simkit {

// What a simulator needs of a request, copied out of QHttpServerRequest so that it can be
// handled, and answered, after Qt has moved on to the connection's next request.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    static Request from(const QHttpServerRequest &request);
};

// A whole response, ready to be sent at once, late, slowly or not at all.
struct Response
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and -Length
    QByteArray body; // empty means no body (and no Content-Type)
    QByteArray contentType = "application/json";

    Response &header(const QByteArray &name, const QByteArray &value);
    bool isSuccess() const { return status >= 200 && status < 300; }

    static Response json(int status, const QJsonObject &body);
    // Contract v1's error body ({"error": ...}, refpos); squaresim writes Square's instead.
    static Response error(int status, const QString &message);
    static Response notFound(const Request &request);
    static Response methodNotAllowed(const QByteArray &allowed);
};

} // namespace kiosk::simkit
