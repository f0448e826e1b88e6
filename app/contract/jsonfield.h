#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace kiosk {

// Typed reads of one field of a contract body. Each returns nullopt and sets `error` to
// "<path>: <reason>" when the value is missing or of the wrong type, so a validator can stop
// at the first problem and tell the sender exactly where it is. `path` is the field's full
// JSON path, such as "lines[1].quantity".
class JsonField
{
public:
    JsonField(const QJsonValue &value, QString path) : m_value(value), m_path(std::move(path)) {}
    JsonField(const QJsonObject &object, const QString &parentPath, const QString &key);

    const QString &path() const { return m_path; }
    bool isNull() const { return m_value.isNull(); }

    std::optional<QString> string(QString *error, bool allowEmpty = false) const;
    std::optional<qint64> integer(QString *error, qint64 min, qint64 max) const;
    std::optional<double> number(QString *error, double min, double max) const;
    std::optional<bool> boolean(QString *error) const;
    std::optional<QJsonObject> object(QString *error) const;
    std::optional<QJsonArray> array(QString *error) const;
    std::optional<QStringList> stringList(QString *error) const;
    // A UUID in its 8-4-4-4-12 form, without braces.
    std::optional<QUuid> uuid(QString *error) const;
    // An RFC 3339 timestamp in UTC ("Z"), with or without milliseconds.
    std::optional<QDateTime> utcTimestamp(QString *error) const;

    // "a string", "an integer", 2.5, null...: what was found, for error messages.
    static QString describe(const QJsonValue &value);
    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

private:
    bool present(QString *error) const;
    void fail(QString *error, const QString &reason) const;

    QJsonValue m_value;
    QString m_path;
};

// A response or request body that must be one JSON object; nullopt with `error` set to
// "body: invalid JSON (...)" or "body: expected a JSON object" otherwise.
std::optional<QJsonObject> parseJsonBody(const QByteArray &body, QString *error);

// parseJsonBody(), then `read(object, error)` (an optional) on it; `error` may be null.
template<typename Read>
auto readJsonBody(const QByteArray &body, QString *error, Read read)
    -> decltype(read(std::declval<const QJsonObject &>(), error))
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QJsonObject> json = parseJsonBody(body, error);
    if (!json)
        return std::nullopt;
    return read(*json, error);
}

} // namespace kiosk
