#include "squaresim/squarejson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

Response squareError(int status, const QString &category, const QString &code, const QString &detail,
                     const QString &field)
{
    QJsonObject error{{u"category"_s, category}, {u"code"_s, code}, {u"detail"_s, detail}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return squareJson(QJsonObject{{u"errors"_s, QJsonArray{error}}}, status);
}

Response badRequest(const QString &code, const QString &detail, const QString &field)
{
    return squareError(400, u"INVALID_REQUEST_ERROR"_s, code, detail, field);
}

Response notFound(const QString &detail)
{
    return squareError(404, u"INVALID_REQUEST_ERROR"_s, u"NOT_FOUND"_s, detail);
}

Response injectedSquareError(int status, const QString &message)
{
    if (status == 429)
        return squareError(status, u"RATE_LIMIT_ERROR"_s, u"RATE_LIMITED"_s, message);
    if (status == 503)
        return squareError(status, u"API_ERROR"_s, u"SERVICE_UNAVAILABLE"_s, message);
    if (status >= 500)
        return squareError(status, u"API_ERROR"_s, u"INTERNAL_SERVER_ERROR"_s, message);
    if (status == 404)
        return notFound(message);
    return badRequest(u"BAD_REQUEST"_s, message);
}

Response squareJson(const QJsonObject &body, int status)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QJsonObject money(qint64 amount, const QString &currency)
{
    return QJsonObject{{u"amount"_s, amount}, {u"currency"_s, currency}};
}

qint64 amountOf(const QJsonValue &money)
{
    return money.toObject().value(u"amount"_s).toInteger();
}

QString rfc3339(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<qint64> parseRfc3339(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString newSquareId(int length)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QString id;
    for (int i = 0; i < length; ++i)
        id.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return id;
}

std::optional<QJsonObject> jsonObjectBody(const Request &request, Response *rejection)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *rejection = badRequest(u"EXPECTED_JSON_BODY"_s, u"The request body is not a JSON object."_s);
        return std::nullopt;
    }
    return document.object();
}

std::optional<Page> pageOf(const QJsonArray &items, const QString &cursor, int pageSize)
{
    qsizetype from = 0;
    if (!cursor.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
        bool ok = decoded.startsWith("page:");
        from = ok ? decoded.mid(5).toLongLong(&ok) : 0;
        if (!ok || from < 0 || from > items.size())
            return std::nullopt;
    }
    Page page;
    const qsizetype to = std::min(items.size(), from + pageSize);
    for (qsizetype i = from; i < to; ++i)
        page.items.append(items.at(i));
    if (to < items.size())
        page.next = QString::fromLatin1(("page:" + QByteArray::number(to)).toBase64(QByteArray::Base64UrlEncoding));
    return page;
}

QJsonObject Page::toJson(const QString &key, QJsonObject answer) const
{
    if (!items.isEmpty())
        answer.insert(key, items);
    if (!next.isEmpty())
        answer.insert(QStringLiteral("cursor"), next);
    return answer;
}

qint64 roundHalfEven(qint64 num, qint64 den)
{
    const bool negative = num < 0;
    const qint64 n = negative ? -num : num;
    qint64 quotient = n / den;
    const qint64 twice = 2 * (n % den);
    if (twice > den || (twice == den && quotient % 2 == 1))
        ++quotient;
    return negative ? -quotient : quotient;
}

} // namespace kiosk::squaresim
