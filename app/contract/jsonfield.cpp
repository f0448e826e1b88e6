#include "contract/jsonfield.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Beyond 2^53 a JSON number (a double) no longer holds every integer exactly.
constexpr double MaxExactInteger = 9007199254740992.0;

} // namespace

std::optional<QJsonObject> parseJsonBody(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"body: invalid JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"body: expected a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

JsonField::JsonField(const QJsonObject &object, const QString &parentPath, const QString &key)
    : m_value(object.value(key)), m_path(join(parentPath, key))
{
}

QString JsonField::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonField::index(const QString &path, qsizetype i)
{
    return u"%1[%2]"_s.arg(path).arg(i);
}

QString JsonField::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"the number %1"_s.arg(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

void JsonField::fail(QString *error, const QString &reason) const
{
    if (error)
        *error = u"%1: %2"_s.arg(m_path, reason);
}

bool JsonField::present(QString *error) const
{
    if (!m_value.isUndefined())
        return true;
    fail(error, u"missing"_s);
    return false;
}

std::optional<QString> JsonField::string(QString *error, bool allowEmpty) const
{
    if (!present(error))
        return std::nullopt;
    if (!m_value.isString()) {
        fail(error, u"expected a string, got %1"_s.arg(describe(m_value)));
        return std::nullopt;
    }
    const QString text = m_value.toString();
    if (!allowEmpty && text.trimmed().isEmpty()) {
        fail(error, u"must not be empty"_s);
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> JsonField::integer(QString *error, qint64 min, qint64 max) const
{
    if (!present(error))
        return std::nullopt;
    const double number = m_value.toDouble();
    if (!m_value.isDouble() || number != std::trunc(number) || std::abs(number) > MaxExactInteger) {
        fail(error, u"expected an integer, got %1"_s.arg(describe(m_value)));
        return std::nullopt;
    }
    const auto value = qint64(number);
    if (value < min) {
        fail(error, u"must be at least %1, got %2"_s.arg(min).arg(value));
        return std::nullopt;
    }
    if (value > max) {
        fail(error, u"must be at most %1, got %2"_s.arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> JsonField::number(QString *error, double min, double max) const
{
    if (!present(error))
        return std::nullopt;
    if (!m_value.isDouble()) {
        fail(error, u"expected a number, got %1"_s.arg(describe(m_value)));
        return std::nullopt;
    }
    const double value = m_value.toDouble();
    if (value < min || value > max) {
        fail(error, u"must be between %1 and %2, got %3"_s.arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> JsonField::boolean(QString *error) const
{
    if (!present(error))
        return std::nullopt;
    if (!m_value.isBool()) {
        fail(error, u"expected true or false, got %1"_s.arg(describe(m_value)));
        return std::nullopt;
    }
    return m_value.toBool();
}

std::optional<QJsonObject> JsonField::object(QString *error) const
{
    if (!present(error))
        return std::nullopt;
    if (!m_value.isObject()) {
        fail(error, u"expected an object, got %1"_s.arg(describe(m_value)));
        return std::nullopt;
    }
    return m_value.toObject();
}

std::optional<QJsonArray> JsonField::array(QString *error) const
{
    if (!present(error))
        return std::nullopt;
    if (!m_value.isArray()) {
        fail(error, u"expected an array, got %1"_s.arg(describe(m_value)));
        return std::nullopt;
    }
    return m_value.toArray();
}

std::optional<QStringList> JsonField::stringList(QString *error) const
{
    const std::optional<QJsonArray> elements = array(error);
    if (!elements)
        return std::nullopt;
    QStringList list;
    for (qsizetype i = 0; i < elements->size(); ++i) {
        const std::optional<QString> text = JsonField(elements->at(i), index(m_path, i)).string(error);
        if (!text)
            return std::nullopt;
        list.append(*text);
    }
    return list;
}

std::optional<QUuid> JsonField::uuid(QString *error) const
{
    const std::optional<QString> text = string(error, true);
    if (!text)
        return std::nullopt;
    const QUuid id = QUuid::fromString(*text);
    // fromString() also takes braces; the contract's form is the bare 36 characters.
    if (id.isNull() || text->size() != 36) {
        fail(error, u"expected a UUID such as 3f2c8e1a-5b7d-4c1e-9a2b-6d8f0e4c7b21, got \"%1\""_s.arg(*text));
        return std::nullopt;
    }
    return id;
}

std::optional<QDateTime> JsonField::utcTimestamp(QString *error) const
{
    const std::optional<QString> text = string(error, true);
    if (!text)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid() || !text->endsWith(u'Z') || !text->contains(u'T')) {
        fail(error, u"expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"%1\""_s
                        .arg(*text));
        return std::nullopt;
    }
    return time.toUTC();
}

} // namespace kiosk
