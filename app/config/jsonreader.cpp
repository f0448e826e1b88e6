#include "config/jsonreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// `path` is `dir` or below it. The separator matters: /srv/kiosk-config-old is not inside
// /srv/kiosk-config.
bool isInside(const QString &path, const QString &dir)
{
    if (path.isEmpty() || dir.isEmpty())
        return false;
    return path.startsWith(dir.endsWith(u'/') ? dir : dir + u'/');
}

// Walks a JSON text that QJsonDocument has already accepted and records where every value
// starts, keyed by its JSON path, so that errors can be sorted into document order (a
// QJsonObject forgets the order of its keys). It also notices duplicate keys, which
// QJsonDocument silently collapses into the last one.
class PathIndexer
{
    static constexpr QByteArrayView Space = " \t\r\n"; // JSON's whitespace, nothing more
    static constexpr QByteArrayView Delimiters = ",]}";

public:
    PathIndexer(const QByteArray &json, QHash<QString, qsizetype> *offsets)
        : m_json(json), m_offsets(offsets)
    {
    }

    // Returns the duplicate keys found, as (object path, key) pairs.
    QList<std::pair<QString, QString>> run()
    {
        value(QString());
        return m_duplicates;
    }

private:
    char current() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }
    bool atSpace() const { return m_pos < m_json.size() && Space.contains(current()); }

    void skipSpace()
    {
        while (atSpace())
            ++m_pos;
    }

    void value(const QString &path)
    {
        skipSpace();
        if (!m_offsets->contains(path))
            m_offsets->insert(path, m_pos);
        switch (current()) {
        case '{':
            object(path);
            break;
        case '[':
            array(path);
            break;
        case '"':
            string();
            break;
        default: // number, true, false, null
            while (m_pos < m_json.size() && !atSpace() && !Delimiters.contains(current()))
                ++m_pos;
        }
    }

    void object(const QString &path)
    {
        ++m_pos; // '{'
        QStringList keys;
        for (skipSpace(); m_pos < m_json.size() && current() != '}'; skipSpace()) {
            const QString key = string();
            if (keys.contains(key))
                m_duplicates.append({path, key});
            keys.append(key);
            skipSpace();
            ++m_pos; // ':'
            value(JsonReader::join(path, key));
            skipSpace();
            if (current() == ',')
                ++m_pos;
        }
        ++m_pos; // '}'
    }

    void array(const QString &path)
    {
        ++m_pos; // '['
        qsizetype i = 0;
        for (skipSpace(); m_pos < m_json.size() && current() != ']'; skipSpace()) {
            value(JsonReader::index(path, i++));
            skipSpace();
            if (current() == ',')
                ++m_pos;
        }
        ++m_pos; // ']'
    }

    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        for (; m_pos < m_json.size() && current() != '"'; ++m_pos) {
            if (current() == '\\') {
                escaped = true;
                ++m_pos;
            }
        }
        ++m_pos; // closing '"'
        const QByteArray token = m_json.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(token.mid(1, token.size() - 2));
        // Rare in keys; let the real parser decode the escapes.
        return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
    }

    const QByteArray &m_json;
    QHash<QString, qsizetype> *m_offsets;
    qsizetype m_pos = 0;
    QList<std::pair<QString, QString>> m_duplicates;
};

// 1-based line and column (in characters, as an editor shows them) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(std::clamp<qsizetype>(offset, 0, json.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const auto column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return {int(before.count('\n')) + 1, int(column)};
}

// Where a syntax error is. Qt reports an unterminated string at the end of the document,
// which only tells a manager that a quote is missing somewhere; point at the opening quote.
qsizetype errorOffset(const QByteArray &json, const QJsonParseError &error)
{
    if (error.error != QJsonParseError::UnterminatedString)
        return error.offset;
    // Everything before the end parsed, so quotes outside strings can only open strings.
    qsizetype opening = error.offset;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (inString && json.at(i) == '\\') {
            ++i;
        } else if (json.at(i) == '"') {
            inString = !inString;
            opening = i;
        }
    }
    return inString ? opening : error.offset;
}

// Required keys: records the missing ones at the parent object's path.
bool isPresent(JsonReader &reader, const QJsonObject &o, const QString &path,
               const QString &key)
{
    if (o.contains(key))
        return true;
    reader.error(path, u"missing required key \"%1\""_s.arg(key));
    return false;
}

} // namespace

JsonReader::JsonReader(QString fileName, ConfigErrors *errors)
    : m_file(std::move(fileName)), m_errors(errors), m_firstError(errors->size())
{
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes)
{
    // Windows editors like to start UTF-8 files with a byte order mark; it is not JSON.
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, errorOffset(json, parseError));
        m_errors->append({m_file, QString(), parseError.errorString(), line, column});
        return std::nullopt;
    }

    m_offsets.clear();
    for (const auto &[path, key] : PathIndexer(json, &m_offsets).run())
        error(path, u"duplicate key \"%1\""_s.arg(key));

    if (!document.isObject()) {
        error(QString(), u"expected an object"_s);
        return std::nullopt;
    }
    return document.object();
}

void JsonReader::error(const QString &path, const QString &message)
{
    // Keep this file's errors in document order, whatever order the parser checks things in.
    const qsizetype offset = offsetOf(path);
    qsizetype at = m_errors->size();
    while (at > m_firstError && offsetOf(m_errors->at(at - 1).path) > offset)
        --at;
    m_errors->insert(at, ConfigError{m_file, path, message});
}

qsizetype JsonReader::offsetOf(const QString &path) const
{
    // A path absent from the text sorts with its nearest ancestor that is there.
    QString p = path;
    for (;;) {
        if (const auto it = m_offsets.constFind(p); it != m_offsets.cend())
            return *it;
        if (p.isEmpty())
            return 0;
        p.truncate(std::max<qsizetype>(0, std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['))));
    }
}

std::optional<QString> JsonReader::string(const QJsonObject &o, const QString &path,
                                          const QString &key, bool allowEmpty)
{
    if (!isPresent(*this, o, path, key))
        return std::nullopt;
    return stringAt(o.value(key), join(path, key), allowEmpty);
}

std::optional<QString> JsonReader::matching(const QJsonObject &o, const QString &path, const QString &key,
                                            const QRegularExpression &pattern, const QString &rule,
                                            bool allowEmpty)
{
    const auto value = string(o, path, key, allowEmpty);
    if (value && !pattern.match(*value).hasMatch()) {
        error(join(path, key), u"%1, got \"%2\""_s.arg(rule, *value));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> JsonReader::stringAt(const QJsonValue &v, const QString &path,
                                            bool allowEmpty)
{
    if (!v.isString()) {
        error(path, u"expected a string"_s);
        return std::nullopt;
    }
    const QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty()) {
        error(path, u"must not be empty"_s);
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> JsonReader::integer(const QJsonObject &o, const QString &path,
                                          const QString &key, qint64 min, qint64 max)
{
    if (!isPresent(*this, o, path, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    const QString at = join(path, key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::trunc(d)) {
        error(at, u"expected an integer"_s);
        return std::nullopt;
    }
    // Whole numbers beyond 64 bits have no qint64 value; they are out of any range anyway.
    constexpr qint64 TooLarge = std::numeric_limits<qint64>::min();
    const qint64 n = v.toInteger(TooLarge);
    if (n == TooLarge || n < min || n > max) {
        const QString got = n == TooLarge ? QString::number(d) : QString::number(n);
        error(at, u"must be between %1 and %2, got %3"_s.arg(min).arg(max).arg(got));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonReader::boolean(const QJsonObject &o, const QString &path,
                                        const QString &key)
{
    if (!isPresent(*this, o, path, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isBool()) {
        error(join(path, key), u"expected true or false"_s);
        return std::nullopt;
    }
    return v.toBool();
}

void JsonReader::optionalBoolean(const QJsonObject &o, const QString &path, const QString &key,
                                 bool *target)
{
    if (!o.contains(key))
        return;
    if (const auto value = boolean(o, path, key))
        *target = *value;
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &o, const QString &path,
                                              const QString &key)
{
    if (!isPresent(*this, o, path, key))
        return std::nullopt;
    return objectAt(o.value(key), join(path, key));
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        error(path, u"expected an object"_s);
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &o, const QString &path,
                                            const QString &key)
{
    if (!isPresent(*this, o, path, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        error(join(path, key), u"expected an array"_s);
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QString> JsonReader::imageFile(const QJsonObject &o, const QString &path,
                                             const QString &key, const QString &baseDir)
{
    const auto relative = string(o, path, key);
    if (!relative)
        return std::nullopt;
    // Relative only, so a config folder can be copied to another kiosk as it is.
    if (QDir::isAbsolutePath(*relative)) {
        error(join(path, key), u"must be a relative path, got \"%1\""_s.arg(*relative));
        return std::nullopt;
    }
    const QString absolute = QDir::cleanPath(QDir(baseDir).absoluteFilePath(*relative));
    if (!isInside(absolute, QDir::cleanPath(QDir(baseDir).absolutePath()))) {
        error(join(path, key), u"must stay inside the config folder, got \"%1\""_s.arg(*relative));
        return std::nullopt;
    }
    if (!QFileInfo(absolute).isFile()) {
        error(join(path, key), u"image not found: %1"_s.arg(*relative));
        return std::nullopt;
    }
    // A symlink (of the file or of a folder on the way) may point anywhere: where it really
    // leads must be inside the folder too, or a config could show any file the kiosk can read.
    const QString real = QFileInfo(absolute).canonicalFilePath();
    if (!isInside(real, QFileInfo(baseDir).canonicalFilePath())) {
        error(join(path, key), u"must stay inside the config folder, got \"%1\" which leads to %2"_s.arg(*relative, real));
        return std::nullopt;
    }
    return absolute;
}

void JsonReader::rejectUnknownKeys(const QJsonObject &o, const QString &path,
                                   const QStringList &known)
{
    QStringList unknown;
    for (const QString &key : o.keys()) {
        if (!key.startsWith(u'_') && !known.contains(key))
            unknown.append(key);
    }
    // Several typos in one object are listed as they appear in the file.
    std::stable_sort(unknown.begin(), unknown.end(), [&](const QString &a, const QString &b) {
        return offsetOf(join(path, a)) < offsetOf(join(path, b));
    });
    for (const QString &key : std::as_const(unknown))
        error(path, u"unknown key \"%1\""_s.arg(key));
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

} // namespace kiosk
