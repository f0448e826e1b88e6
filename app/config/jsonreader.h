#pragma once

#include "config/configerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <optional>

namespace kiosk {

// Typed, error-collecting access to one JSON file's values. Every getter records a
// ConfigError (with the file and the JSON path) when the value is missing or of the wrong
// type, and returns nullopt, so a parser can report every problem in one pass.
class JsonReader
{
public:
    explicit JsonReader(QString fileName, ConfigErrors *errors);

    // Parses `bytes` as a JSON object; on a syntax error records it with line and column.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes);

    // Records a problem at `path`; this file's errors stay sorted in document order.
    void error(const QString &path, const QString &message);
    // How many problems this reader has recorded so far.
    qsizetype errorCount() const { return m_errors->size() - m_firstError; }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key,
                                  bool allowEmpty = false);
    // A string that must match `pattern`; `rule` says in words what a valid value looks like
    // ("must be 1 to 8 letters or digits", reported with ", got \"<value>\""). An empty string
    // is judged by the pattern unless `allowEmpty` is false ("must not be empty").
    std::optional<QString> matching(const QJsonObject &o, const QString &path, const QString &key,
                                    const QRegularExpression &pattern, const QString &rule,
                                    bool allowEmpty = true);
    std::optional<qint64> integer(const QJsonObject &o, const QString &path, const QString &key,
                                  qint64 min, qint64 max);
    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const QString &key);
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &path, const QString &key);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &path, const QString &key);

    // Optional keys: absent leaves `*target` as it is (its default); present and valid sets it,
    // an integer times `scale` (seconds in the file, milliseconds in memory); else an error.
    template<typename Int>
    void optionalInteger(const QJsonObject &o, const QString &path, const QString &key,
                         qint64 min, qint64 max, Int *target, qint64 scale = 1)
    {
        if (!o.contains(key))
            return;
        if (const auto value = integer(o, path, key, min, max))
            *target = Int(*value * scale);
    }
    void optionalBoolean(const QJsonObject &o, const QString &path, const QString &key, bool *target);

    // The same checks for a value already in hand, such as an array element at `path`.
    std::optional<QString> stringAt(const QJsonValue &v, const QString &path,
                                    bool allowEmpty = false);
    std::optional<QJsonObject> objectAt(const QJsonValue &v, const QString &path);
    // `v` as a string when it is one (and not blank unless `allowEmpty`), recording nothing: a
    // caller with many values builds a value's path for stringAt() only when this says no.
    static std::optional<QString> validString(const QJsonValue &v, bool allowEmpty = false);

    // A relative path to an existing image file under `baseDir` that stays there (no "..", no
    // symlink leading out); returned absolute, cleaned.
    std::optional<QString> imageFile(const QJsonObject &o, const QString &path,
                                     const QString &key, const QString &baseDir);

    // Records `unknown key "k"` for each key of `o` not in `known`; "_" keys are comments.
    void rejectUnknownKeys(const QJsonObject &o, const QString &path, const QStringList &known);

    static QString join(const QString &path, const QString &key);   // "a" + "b" -> "a.b"
    static QString index(const QString &path, qsizetype i);          // "a" + 3 -> "a[3]"

private:
    // Where an image path leads (absolute, cleaned), or the problem with it.
    struct ImageCheck
    {
        QString absolute;
        QString problem;
    };

    qsizetype offsetOf(const QString &path);
    const ImageCheck &checkImage(const QString &relative, const QString &baseDir);

    QString m_file;
    ConfigErrors *m_errors;
    qsizetype m_firstError; // errors before this index belong to other files
    QByteArray m_json; // the text parseObject() read
    // JSON path -> byte offset, to keep document order; built from m_json when first needed,
    // which a valid file never does.
    QHash<QString, qsizetype> m_offsets;
    bool m_indexed = false;
    // The images checked so far under m_imageBaseDir, by relative path.
    QString m_imageBaseDir;
    QString m_cleanBaseDir;
    std::optional<QString> m_realBaseDir; // resolved once an image needs it
    QHash<QString, ImageCheck> m_images;
};

} // namespace kiosk
