#include "config/promotionsfile.h"

#include "config/jsonreader.h"
#include "contract/promotionjson.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QString FileName = u"promotions.json"_s;

// What the contract's reader lets pass but a manager most likely got wrong.
void checkEntry(JsonReader &reader, const QJsonObject &entry, const QString &path, const QStringList &languages,
                const Menu *menu)
{
    reader.rejectUnknownKeys(entry, path,
        {u"code"_s, u"name"_s, u"kind"_s, u"percent"_s, u"amount_cents"_s, u"item_id"_s,
         u"min_subtotal_cents"_s, u"valid_from"_s, u"valid_until"_s, u"combines_with_rewards"_s});
    const QJsonValue name = entry.value(u"name"_s);
    if (name.isObject()) {
        // English is the contract's own check (it needs "en"); the other store languages are ours.
        for (const QString &language : languages) {
            if (language != u"en"_s && !name.toObject().contains(language))
                reader.error(JsonReader::join(path, u"name"_s), u"missing \"%1\" text"_s.arg(language));
        }
    }
    const QJsonValue itemId = entry.value(u"item_id"_s);
    if (menu && entry.value(u"kind"_s) == u"free_item"_s && itemId.isString() && !itemId.toString().isEmpty()
        && !menu->item(itemId.toString()))
        reader.error(JsonReader::join(path, u"item_id"_s), u"\"%1\" is not a menu item"_s.arg(itemId.toString()));
}

} // namespace

std::optional<QList<Promotion>> readPromotionsFile(const QString &configDir, const QStringList &languages,
                                                   const Menu *menu, ConfigErrors *errors)
{
    QFile file(QDir(configDir).filePath(FileName));
    if (!file.exists())
        return QList<Promotion>();
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({FileName, QString(), u"cannot be read: %1"_s.arg(file.errorString())});
        return std::nullopt;
    }
    JsonReader reader(FileName, errors);
    const auto root = reader.parseObject(file.readAll());
    if (!root)
        return std::nullopt;
    reader.rejectUnknownKeys(*root, QString(), {u"promotions"_s});

    QStringList problems;
    const std::optional<QList<Promotion>> promotions = readPromotionList(*root, &problems);
    for (const QString &problem : std::as_const(problems)) {
        // "<path>: <reason>"; a path never holds ": ".
        const qsizetype colon = problem.indexOf(u": "_s);
        reader.error(problem.left(colon), problem.mid(colon + 2));
    }
    const QJsonArray entries = root->value(u"promotions"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).isObject())
            checkEntry(reader, entries.at(i).toObject(), JsonReader::index(u"promotions"_s, i), languages, menu);
    }
    if (reader.errorCount() != 0)
        return std::nullopt;
    return promotions;
}

} // namespace kiosk
