#include "config/menuparser.h"

#include "config/availabilityreader.h"
#include "config/comboparser.h"
#include "config/jsonreader.h"
#include "config/menufields.h"
#include "config/menulimits.h"
#include "config/upsellparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QStringList TopLevelKeys = {u"schema"_s,          u"categories"_s, u"modifier_groups"_s,
                                  u"items"_s,           u"taxes"_s,      u"combos"_s,
                                  u"upsell"_s};
const QStringList TaxKeys = {u"id"_s, u"name"_s, u"rate_bps"_s, u"inclusive"_s};
const QStringList CategoryKeys = {u"id"_s, u"name"_s, u"image"_s, u"available_at"_s};
const QStringList GroupKeys = {u"id"_s, u"name"_s, u"min"_s, u"max"_s, u"options"_s};
const QStringList OptionKeys = {u"id"_s, u"name"_s, u"price_cents"_s, u"default"_s};
const QStringList ItemKeys = {
    u"id"_s,    u"category"_s,  u"name"_s,     u"description"_s, u"price_cents"_s,
    u"image"_s, u"available"_s, u"calories"_s, u"allergens"_s,   u"modifier_groups"_s,
    u"tax_ids"_s, u"available_at"_s,
};
// The nine major food allergens a US menu has to declare.
const QStringList Allergens = {
    u"milk"_s,    u"eggs"_s,  u"fish"_s, u"shellfish"_s, u"tree_nuts"_s,
    u"peanuts"_s, u"wheat"_s, u"soy"_s,  u"sesame"_s,
};

constexpr qint64 SupportedSchema = 1;
constexpr int MaxCalories = 10'000;
// Bounds a group's min and max; no kiosk screen could show more choices than this.
constexpr int MaxPicksPerGroup = 100;
constexpr qint64 MaxTaxRateBps = 10'000; // 100 %

// Lowercase letters, digits and "_", one or more: what an id is made of.
bool isPlainId(QStringView id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

class MenuParser : public MenuFields
{
public:
    MenuParser(const QString &fileName, const QString &imageDir, const QStringList &languages,
               ConfigErrors *errors)
        : m_reader(fileName, errors),
          m_errors(errors),
          m_firstError(errors->size()),
          m_imageDir(imageDir),
          m_languages(languages),
          m_distinctLanguages(QSet<QString>(languages.cbegin(), languages.cend()).size() == languages.size())
    {
    }

    std::optional<Menu> parse(const QByteArray &json)
    {
        const auto root = m_reader.parseObject(json);
        if (!root)
            return std::nullopt;
        // Another schema may mean anything: checking it as schema 1 would only bury this.
        const auto schema = m_reader.integer(*root, {}, u"schema"_s,
                                             std::numeric_limits<qint64>::min(),
                                             std::numeric_limits<qint64>::max());
        if (schema && *schema != SupportedSchema) {
            m_reader.error(u"schema"_s, u"unsupported schema %1 (this kiosk reads schema %2)"_s
                                                .arg(*schema)
                                                .arg(SupportedSchema));
            return std::nullopt;
        }
        m_reader.rejectUnknownKeys(*root, {}, TopLevelKeys);

        using std::bind_front;
        // Before the items, which name them.
        if (root->contains(u"taxes"_s)) {
            forEachObject(*root, {}, u"taxes"_s, QString(), bind_front(&MenuParser::readTax, this));
        }
        forEachObject(*root, {}, u"categories"_s, u"must list at least one category"_s,
                      bind_front(&MenuParser::readCategory, this));
        if (root->contains(u"modifier_groups"_s)) {
            forEachObject(*root, {}, u"modifier_groups"_s, QString(),
                          bind_front(&MenuParser::readGroup, this));
        }
        const auto itemCount =
                forEachObject(*root, {}, u"items"_s, u"must list at least one item"_s,
                              bind_front(&MenuParser::readItem, this));
        // After the items, which their steps name; a category may hold only combos.
        const QList<Combo> combos = readCombos(*this, *root, m_items, &m_itemPaths);
        // Without readable items every category would look empty; that is not news.
        if (itemCount.value_or(0) > 0)
            checkCategoriesHaveItems();
        // After the items and categories, which the rules name.
        const UpsellRules upsell = readUpsell(
                m_reader, *root,
                {[this](const QString &id) { return m_itemPaths.contains(id); },
                 [this](const QString &id) { return m_categoryPaths.contains(id); },
                 [&combos](const QString &id) {
                     return std::ranges::any_of(combos, [&id](const Combo &c) { return c.id == id; });
                 }});

        if (m_errors->size() != m_firstError)
            return std::nullopt;
        Menu menu(m_categories, m_groups, m_items, m_taxes, combos);
        menu.setUpsell(upsell);
        return menu;
    }

private:
    template<typename ReadOne>
    std::optional<qsizetype> forEachObject(const QJsonObject &o, const QString &path,
                                           const QString &key, const QString &emptyMessage,
                                           ReadOne readOne)
    {
        return forEachJsonObject(m_reader, o, path, key, emptyMessage, readOne);
    }

    JsonReader &reader() override { return m_reader; }

    // An "id" that must be well formed and unique among `seen` (id -> path of first use).
    QString readId(const QJsonObject &o, const QString &path, const QString &kind,
                   QHash<QString, QString> *seen) override
    {
        static const QRegularExpression Pattern(u"^[a-z0-9_]+$"_s);
        const auto id = m_reader.string(o, path, u"id"_s);
        if (!id)
            return QString();
        const auto at = [&path] { return JsonReader::join(path, u"id"_s); }; // for a report only
        if (const auto first = seen->constFind(*id); first != seen->cend()) {
            m_reader.error(at(),
                           u"duplicate %1 id \"%2\" (first used at %3)"_s.arg(kind, *id, *first));
            return *id;
        }
        // Remembered even when malformed, so references to it are not reported a second time.
        seen->insert(*id, path);
        // The loop settles the usual id; the pattern has the last word on anything else.
        if (!isPlainId(*id) && !Pattern.match(*id).hasMatch()) {
            m_reader.error(at(), u"must use only lowercase letters, digits and \"_\", got \"%1\""_s
                                       .arg(*id));
        }
        return *id;
    }

    // A text in every kiosk language. Texts in further languages are welcome (a menu may be
    // shared by kiosks that offer more languages); other keys are typos.
    LocalizedText readText(const QJsonObject &o, const QString &path, const QString &key) override
    {
        static const QRegularExpression LanguageCode(u"^[a-z]{2}$"_s);
        LocalizedText text;
        const auto object = m_reader.object(o, path, key);
        if (!object)
            return text;
        if (auto fine = textsInKioskLanguages(*object))
            return *fine;
        const QString at = JsonReader::join(path, key);
        QStringList languages = m_languages;
        for (const QString &language : object->keys()) {
            if (LanguageCode.match(language).hasMatch() && !languages.contains(language))
                languages.append(language);
        }
        m_reader.rejectUnknownKeys(*object, at, languages);
        for (const QString &language : std::as_const(languages)) {
            if (!object->contains(language))
                m_reader.error(at, u"missing \"%1\" text"_s.arg(language));
            else if (const auto value = m_reader.string(*object, at, language))
                text.byLanguage.insert(language, *value);
        }
        return text;
    }

    // The texts of a name or description that has exactly the kiosk's languages, each a
    // string with something in it, as nearly every text has; nullopt sends it to readText's
    // full checks, which say what is wrong.
    std::optional<LocalizedText> textsInKioskLanguages(const QJsonObject &object) const
    {
        if (!m_distinctLanguages || object.size() != m_languages.size())
            return std::nullopt;
        LocalizedText text;
        text.byLanguage.reserve(m_languages.size());
        for (const QString &language : m_languages) {
            const auto value = JsonReader::validString(object.value(language));
            if (!value)
                return std::nullopt;
            text.byLanguage.insert(language, *value);
        }
        return text;
    }

    // An optional array of ids, each accepted by `isKnown` and listed once.
    template<typename IsKnown>
    QStringList readReferences(const QJsonObject &o, const QString &path, const QString &key,
                               const QString &kind, IsKnown isKnown, const QString &hint = {})
    {
        QStringList ids;
        if (!o.contains(key))
            return ids;
        const auto array = m_reader.array(o, path, key);
        if (!array)
            return ids;
        for (qsizetype i = 0; i < array->size(); ++i) {
            // For a report only: most references are fine.
            const auto at = [&] { return JsonReader::index(JsonReader::join(path, key), i); };
            const QJsonValue value = array->at(i);
            auto id = JsonReader::validString(value);
            if (!id)
                id = m_reader.stringAt(value, at());
            if (!id)
                continue;
            if (!isKnown(*id))
                m_reader.error(at(), u"unknown %1 \"%2\"%3"_s.arg(kind, *id, hint));
            else if (ids.contains(*id))
                m_reader.error(at(), u"duplicate %1 \"%2\""_s.arg(kind, *id));
            else
                ids.append(*id);
        }
        return ids;
    }

    void readCategory(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, CategoryKeys);
        Category category;
        category.id = readId(o, path, u"category"_s, &m_categoryPaths);
        category.name = readText(o, path, u"name"_s);
        category.image = readImage(o, path);
        category.availableAt = readAvailabilityWindows(m_reader, o, path);
        m_categories.append(category);
    }

    void readGroup(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, GroupKeys);
        ModifierGroup group;
        group.id = readId(o, path, u"modifier group"_s, &m_groupPaths);
        group.name = readText(o, path, u"name"_s);
        const auto min = m_reader.integer(o, path, u"min"_s, 0, MaxPicksPerGroup);
        const auto max = m_reader.integer(o, path, u"max"_s, 1, MaxPicksPerGroup);
        const auto optionCount =
                forEachObject(o, path, u"options"_s, u"must list at least one option"_s,
                              [&](const QJsonObject &option, const QString &optionPath) {
                                  group.options.append(readOption(option, optionPath));
                              });
        if (min)
            group.min = int(*min);
        if (max)
            group.max = int(*max);

        if (max && optionCount.value_or(0) > 0 && *max > *optionCount) {
            m_reader.error(JsonReader::join(path, u"max"_s),
                           u"must not be more than the number of options (%1), got %2"_s
                                   .arg(*optionCount)
                                   .arg(*max));
        }
        if (min && max && *min > *max) {
            m_reader.error(JsonReader::join(path, u"min"_s),
                           u"must not be more than max (%1), got %2"_s.arg(*max).arg(*min));
        }
        const auto defaults = std::count_if(group.options.cbegin(), group.options.cend(),
                                            [](const ModifierOption &op) { return op.isDefault; });
        if (max && defaults > *max) {
            m_reader.error(path,
                           u"has %1 default options, but max is %2"_s.arg(defaults).arg(*max));
        }
        m_groups.append(group);
    }

    void readTax(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, TaxKeys);
        Tax tax;
        tax.id = readId(o, path, u"tax"_s, &m_taxPaths);
        tax.name = readText(o, path, u"name"_s);
        tax.rateBps = int(m_reader.integer(o, path, u"rate_bps"_s, 0, MaxTaxRateBps).value_or(0));
        m_reader.optionalBoolean(o, path, u"inclusive"_s, &tax.inclusive);
        m_taxes.append(tax);
    }

    ModifierOption readOption(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, OptionKeys);
        ModifierOption option;
        // Options are picked by id alone, so their ids are unique across the whole menu.
        option.id = readId(o, path, u"option"_s, &m_optionPaths);
        option.name = readText(o, path, u"name"_s);
        if (o.contains(u"price_cents"_s)) {
            const auto price = m_reader.integer(o, path, u"price_cents"_s, 0, MaxPriceCents);
            option.priceCents = price.value_or(0);
        }
        if (o.contains(u"default"_s))
            option.isDefault = m_reader.boolean(o, path, u"default"_s).value_or(false);
        return option;
    }

    void readItem(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, ItemKeys);
        MenuItem item;
        item.id = readId(o, path, u"item"_s, &m_itemPaths);
        item.categoryId = readCategoryRef(o, path);
        item.name = readText(o, path, u"name"_s);
        if (o.contains(u"description"_s))
            item.description = readText(o, path, u"description"_s);
        item.priceCents = m_reader.integer(o, path, u"price_cents"_s, 1, MaxPriceCents).value_or(0);
        item.image = readImage(o, path);
        if (o.contains(u"available"_s))
            item.available = m_reader.boolean(o, path, u"available"_s).value_or(true);
        item.calories = int(m_reader.integer(o, path, u"calories"_s, 0, MaxCalories).value_or(0));
        static const QString AllergenHint = u" (allowed: %1)"_s.arg(Allergens.join(u", "_s));
        item.allergens = readReferences(
                o, path, u"allergens"_s, u"allergen"_s,
                [](const QString &name) { return Allergens.contains(name); }, AllergenHint);
        item.modifierGroupIds = readReferences(
                o, path, u"modifier_groups"_s, u"modifier group"_s,
                [this](const QString &id) { return m_groupPaths.contains(id); });
        item.taxIds = readTaxIds(o, path);
        item.availableAt = readAvailabilityWindows(m_reader, o, path);
        m_items.append(std::move(item));
    }

    QString readImage(const QJsonObject &o, const QString &path) override
    {
        return m_reader.imageFile(o, path, u"image"_s, m_imageDir).value_or(QString());
    }

    QString readCategoryRef(const QJsonObject &o, const QString &path) override
    {
        const auto category = m_reader.string(o, path, u"category"_s);
        if (!category)
            return QString();
        if (m_categoryPaths.contains(*category)) {
            m_usedCategories.insert(*category);
        } else {
            m_reader.error(JsonReader::join(path, u"category"_s),
                           u"unknown category \"%1\""_s.arg(*category));
        }
        return *category;
    }

    // Absent: the store's rate, as before per-item taxes; [] is untaxed.
    std::optional<QStringList> readTaxIds(const QJsonObject &o, const QString &path) override
    {
        if (!o.contains(u"tax_ids"_s))
            return std::nullopt;
        return readReferences(o, path, u"tax_ids"_s, u"tax"_s,
                              [this](const QString &id) { return m_taxPaths.contains(id); });
    }

    // An empty category would show a customer an empty page.
    void checkCategoriesHaveItems()
    {
        for (auto it = m_categoryPaths.cbegin(); it != m_categoryPaths.cend(); ++it) {
            if (!m_usedCategories.contains(it.key()))
                m_reader.error(it.value(), u"category has no items"_s);
        }
    }

    JsonReader m_reader;
    ConfigErrors *m_errors;
    qsizetype m_firstError;
    QString m_imageDir;
    QStringList m_languages;
    bool m_distinctLanguages; // as a kiosk.json that passed has them; else no shortcut for texts

    // id -> JSON path where it was first defined
    QHash<QString, QString> m_categoryPaths;
    QHash<QString, QString> m_groupPaths;
    QHash<QString, QString> m_optionPaths;
    QHash<QString, QString> m_itemPaths;
    QHash<QString, QString> m_taxPaths;
    QSet<QString> m_usedCategories;

    QList<Category> m_categories;
    QList<ModifierGroup> m_groups;
    QList<MenuItem> m_items;
    QList<Tax> m_taxes;
};

} // namespace

std::optional<Menu> parseMenu(const QByteArray &json, const QString &fileName,
                              const QString &imageDir, const QStringList &languages,
                              ConfigErrors *errors)
{
    return MenuParser(fileName, imageDir, languages, errors).parse(json);
}

} // namespace kiosk
