#pragma once

#include "config/jsonreader.h"
#include "domain/localizedtext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kiosk {

// The menu parser's rules for the fields every menu entry shares (ids, texts, images, a
// category, tax ids), lent to the readers of the other sections (combos) so one menu follows
// one set of rules and messages.
class MenuFields
{
public:
    virtual ~MenuFields() = default;

    virtual JsonReader &reader() = 0;
    // An "id" that is well formed and not yet in `seen` (id -> path of first use).
    virtual QString readId(const QJsonObject &o, const QString &path, const QString &kind,
                           QHash<QString, QString> *seen) = 0;
    // A text in every kiosk language.
    virtual LocalizedText readText(const QJsonObject &o, const QString &path, const QString &key) = 0;
    // The required "image", resolved under the config folder; empty when it is wrong.
    virtual QString readImage(const QJsonObject &o, const QString &path) = 0;
    // The required "category", which must exist; counted as not empty.
    virtual QString readCategoryRef(const QJsonObject &o, const QString &path) = 0;
    // The optional "tax_ids": nullopt when absent (the store's rate).
    virtual std::optional<QStringList> readTaxIds(const QJsonObject &o, const QString &path) = 0;
};

// Hands every object of the array `key` to `readOne` with its path. Returns the array's length,
// or nullopt when it is not an array. An empty `emptyMessage` allows empty arrays.
template<typename ReadOne>
std::optional<qsizetype> forEachJsonObject(JsonReader &reader, const QJsonObject &o,
                                           const QString &path, const QString &key,
                                           const QString &emptyMessage, ReadOne readOne)
{
    const auto array = reader.array(o, path, key);
    if (!array)
        return std::nullopt;
    const QString at = JsonReader::join(path, key);
    if (array->isEmpty() && !emptyMessage.isEmpty())
        reader.error(at, emptyMessage);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString elementPath = JsonReader::index(at, i);
        if (const auto object = reader.objectAt(array->at(i), elementPath))
            readOne(*object, elementPath);
    }
    return array->size();
}

} // namespace kiosk
