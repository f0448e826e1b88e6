#include "config/jsonreader.h"

#include "config/jsonduplicatekeys.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>
#include <charconv>
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
// QJsonObject forgets the order of its keys). Only run once a file has an error to place:
// a path string and a hash entry for every value is most of what reading a valid menu
// would otherwise cost.
class PathIndexer
{
    static constexpr QByteArrayView Space = " \t\r\n"; // JSON's whitespace, nothing more
    static constexpr QByteArrayView Delimiters = ",]}";

public:
    PathIndexer(const QByteArray &json, QHash<QString, qsizetype> *offsets)
        : m_json(json), m_offsets(offsets)
    {
    }

    void run() { value(QString()); }

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
        for (skipSpace(); m_pos < m_json.size() && current() != '}'; skipSpace()) {
            const QString key = string();
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

// Required keys: the value, or the key recorded missing at the parent object's path. One
// lookup, where contains() and value() would be two.
std::optional<QJsonValue> required(JsonReader &reader, const QJsonObject &o, const QString &path,
                                   const QString &key)
{
    if (const auto it = o.constFind(key); it != o.constEnd())
        return it.value();
    reader.error(path, u"missing required key \"%1\""_s.arg(key));
    return std::nullopt;
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

    m_json = json;
    m_offsets.clear();
    m_indexed = false;
    for (const auto &[path, key] : findDuplicateKeys(json))
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
    qsizetype at = m_errors->size();
    if (at > m_firstError) {
        const qsizetype offset = offsetOf(path);
        while (at > m_firstError && offsetOf(m_errors->at(at - 1).path) > offset)
            --at;
    }
    m_errors->insert(at, ConfigError{m_file, path, message});
}

qsizetype JsonReader::offsetOf(const QString &path)
{
    if (!m_indexed) {
        PathIndexer(m_json, &m_offsets).run();
        m_indexed = true;
    }
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
    const auto v = required(*this, o, path, key);
    if (!v)
        return std::nullopt;
    // The path is spelled out for a report only: most values are fine.
    if (auto s = validString(*v, allowEmpty))
        return s;
    return stringAt(*v, join(path, key), allowEmpty);
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
    if (auto s = validString(v, allowEmpty))
        return s;
    error(path, v.isString() ? u"must not be empty"_s : u"expected a string"_s);
    return std::nullopt;
}

std::optional<QString> JsonReader::validString(const QJsonValue &v, bool allowEmpty)
{
    if (!v.isString())
        return std::nullopt;
    QString s = v.toString();
    if (!allowEmpty && QStringView(s).trimmed().isEmpty())
        return std::nullopt;
    return s;
}

std::optional<qint64> JsonReader::integer(const QJsonObject &o, const QString &path,
                                          const QString &key, qint64 min, qint64 max)
{
    const auto found = required(*this, o, path, key);
    if (!found)
        return std::nullopt;
    const QJsonValue &v = *found;
    const auto at = [&] { return join(path, key); }; // for a report only
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::trunc(d)) {
        error(at(), u"expected an integer"_s);
        return std::nullopt;
    }
    // Whole numbers beyond 64 bits have no qint64 value; they are out of any range anyway.
    constexpr qint64 TooLarge = std::numeric_limits<qint64>::min();
    const qint64 n = v.toInteger(TooLarge);
    if (n == TooLarge || n < min || n > max) {
        const QString got = n == TooLarge ? QString::number(d) : QString::number(n);
        error(at(), u"must be between %1 and %2, got %3"_s.arg(min).arg(max).arg(got));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonReader::boolean(const QJsonObject &o, const QString &path,
                                        const QString &key)
{
    const auto found = required(*this, o, path, key);
    if (!found)
        return std::nullopt;
    const QJsonValue &v = *found;
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
    const auto found = required(*this, o, path, key);
    if (!found)
        return std::nullopt;
    const QJsonValue &v = *found;
    if (v.isObject())
        return v.toObject();
    return objectAt(v, join(path, key));
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
    const auto found = required(*this, o, path, key);
    if (!found)
        return std::nullopt;
    const QJsonValue &v = *found;
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
    const ImageCheck &check = checkImage(*relative, baseDir);
    if (!check.problem.isEmpty()) {
        error(join(path, key), check.problem);
        return std::nullopt;
    }
    return check.absolute;
}

// Each distinct image once per file read: 5,000 items share a few dozen images, and resolving
// where a path really leads asks the file system about every folder on the way.
const JsonReader::ImageCheck &JsonReader::checkImage(const QString &relative, const QString &baseDir)
{
    if (baseDir != m_imageBaseDir) {
        m_images.clear();
        m_imageBaseDir = baseDir;
        m_cleanBaseDir = QDir::cleanPath(QDir(baseDir).absolutePath());
        m_realBaseDir.reset();
    }
    if (const auto it = m_images.constFind(relative); it != m_images.cend())
        return *it;

    ImageCheck check;
    const QString absolute = QDir::cleanPath(QDir(baseDir).absoluteFilePath(relative));
    // Relative only, so a config folder can be copied to another kiosk as it is.
    if (QDir::isAbsolutePath(relative)) {
        check.problem = u"must be a relative path, got \"%1\""_s.arg(relative);
    } else if (!isInside(absolute, m_cleanBaseDir)) {
        check.problem = u"must stay inside the config folder, got \"%1\""_s.arg(relative);
    } else if (const QFileInfo file(absolute); !file.isFile()) {
        check.problem = u"image not found: %1"_s.arg(relative);
    } else {
        // A symlink (of the file or of a folder on the way) may point anywhere: where it really
        // leads must be inside the folder too, or a config could show any file the kiosk can read.
        const QString real = file.canonicalFilePath();
        if (!m_realBaseDir)
            m_realBaseDir = QFileInfo(baseDir).canonicalFilePath();
        if (isInside(real, *m_realBaseDir))
            check.absolute = absolute;
        else
            check.problem = u"must stay inside the config folder, got \"%1\" which leads to %2"_s.arg(relative, real);
    }
    return *m_images.insert(relative, check);
}

void JsonReader::rejectUnknownKeys(const QJsonObject &o, const QString &path,
                                   const QStringList &known)
{
    QStringList unknown;
    // Key by key: keys() would copy them all into a list first.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (QString key = it.key(); !key.startsWith(u'_') && !known.contains(key))
            unknown.append(std::move(key));
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
    // Every element of every list gets one: std::to_chars skips QString::number's locale code.
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), i).ptr;
    return path + u'[' + QLatin1StringView(digits, end) + u']';
}

} // namespace kiosk
