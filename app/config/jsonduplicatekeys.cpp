#include "config/jsonduplicatekeys.h"

#include "config/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <vector>

namespace kiosk {

namespace {

// A string token as it is in the text, quotes included.
struct Token
{
    QByteArrayView text;
    bool escaped = false;

    QString decoded() const
    {
        if (!escaped)
            return QString::fromUtf8(text.sliced(1, text.size() - 2));
        // Rare in keys; let the real parser decode the escapes.
        return QJsonDocument::fromJson('[' + text.toByteArray() + ']').array().at(0).toString();
    }

    // Unescaped keys are compared as the bytes they are (QJsonDocument accepts only valid
    // UTF-8), escaped ones by what they mean.
    bool sameKey(const Token &other) const
    {
        if (!escaped && !other.escaped)
            return text == other.text;
        return decoded() == other.decoded();
    }
};

// One pass over the text that builds no string unless a duplicate is found: the path of the
// object is kept as the keys and indexes on the way to it, and spelled out only for a report.
class DuplicateKeyScanner
{
    // Beyond this many keys an object's keys go into a hash set, so a huge object (a fuzzer's,
    // never a menu's) is not compared key by key with every other.
    static constexpr qsizetype LinearKeys = 32;

public:
    explicit DuplicateKeyScanner(const QByteArray &json) : m_json(json) {}

    QList<std::pair<QString, QString>> run()
    {
        value();
        return m_duplicates;
    }

private:
    struct Step
    {
        Token key;          // in an object
        qsizetype index = -1; // in an array
    };

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    char current() const { return m_pos < m_json.size() ? m_json[m_pos] : '\0'; }

    void skipSpace()
    {
        while (isSpace(current()))
            ++m_pos;
    }

    void value()
    {
        skipSpace();
        switch (current()) {
        case '{':
            object();
            break;
        case '[':
            array();
            break;
        case '"':
            string();
            break;
        default: // number, true, false, null
            for (char c = current(); c != '\0' && !isSpace(c) && c != ',' && c != ']' && c != '}'; c = current())
                ++m_pos;
        }
    }

    void object()
    {
        ++m_pos; // '{'
        QVarLengthArray<Token, 16> keys;
        QSet<QString> manyKeys;
        for (skipSpace(); m_pos < m_json.size() && current() != '}'; skipSpace()) {
            const Token key = string();
            if (isRepeated(key, keys, &manyKeys))
                m_duplicates.append({path(), key.decoded()});
            keys.append(key);
            skipSpace();
            ++m_pos; // ':'
            m_path.push_back({key, -1});
            value();
            m_path.pop_back();
            skipSpace();
            if (current() == ',')
                ++m_pos;
        }
        ++m_pos; // '}'
    }

    static bool isRepeated(const Token &key, const QVarLengthArray<Token, 16> &keys,
                           QSet<QString> *manyKeys)
    {
        if (keys.size() < LinearKeys)
            return std::any_of(keys.cbegin(), keys.cend(), [&](const Token &k) { return k.sameKey(key); });
        if (manyKeys->isEmpty()) {
            for (const Token &k : keys)
                manyKeys->insert(k.decoded());
        }
        const QString decoded = key.decoded();
        if (manyKeys->contains(decoded))
            return true;
        manyKeys->insert(decoded);
        return false;
    }

    void array()
    {
        ++m_pos; // '['
        qsizetype i = 0;
        for (skipSpace(); m_pos < m_json.size() && current() != ']'; skipSpace()) {
            m_path.push_back({Token(), i++});
            value();
            m_path.pop_back();
            skipSpace();
            if (current() == ',')
                ++m_pos;
        }
        ++m_pos; // ']'
    }

    Token string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        // From quote to quote (memchr does the walking); a backslash on the way escapes the
        // character after it, which may be a quote.
        for (;;) {
            const qsizetype quote = m_json.indexOf('"', m_pos);
            if (quote < 0) {
                m_pos = m_json.size() + 1;
                break;
            }
            const qsizetype backslash = m_json.sliced(m_pos, quote - m_pos).indexOf('\\');
            if (backslash < 0) {
                m_pos = quote + 1;
                break;
            }
            escaped = true;
            m_pos += backslash + 2;
        }
        return {m_json.sliced(start, std::min(m_pos, m_json.size()) - start), escaped};
    }

    // The JSON path of the value being read, as JsonReader spells paths.
    QString path() const
    {
        QString p;
        for (const Step &step : m_path)
            p = step.index < 0 ? JsonReader::join(p, step.key.decoded()) : JsonReader::index(p, step.index);
        return p;
    }

    const QByteArrayView m_json;
    qsizetype m_pos = 0;
    std::vector<Step> m_path;
    QList<std::pair<QString, QString>> m_duplicates;
};

} // namespace

QList<std::pair<QString, QString>> findDuplicateKeys(const QByteArray &json)
{
    return DuplicateKeyScanner(json).run();
}

} // namespace kiosk
