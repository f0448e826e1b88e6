#include "config/upsellparser.h"

#include "domain/suggestionpolicy.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QString Key = u"upsell"_s;
const QStringList UpsellKeys = {u"after_add"_s, u"at_checkout"_s};
const QStringList AfterAddKeys = {u"id"_s, u"when_items"_s, u"when_categories"_s, u"suggest"_s};
const QStringList CheckoutKeys = {u"id"_s, u"unless_categories"_s, u"suggest"_s};

class UpsellParser
{
public:
    UpsellParser(JsonReader &reader, const UpsellReferences &known)
        : m_reader(reader), m_known(known)
    {
    }

    UpsellRules read(const QJsonObject &upsell)
    {
        m_reader.rejectUnknownKeys(upsell, Key, UpsellKeys);
        forEachRule(upsell, u"after_add"_s, [this](const QJsonObject &o, const QString &path) {
            readAfterAdd(o, path);
        });
        forEachRule(upsell, u"at_checkout"_s, [this](const QJsonObject &o, const QString &path) {
            readCheckout(o, path);
        });
        return m_rules;
    }

private:
    template<typename ReadOne>
    void forEachRule(const QJsonObject &upsell, const QString &key, ReadOne readOne)
    {
        if (!upsell.contains(key))
            return;
        const auto array = m_reader.array(upsell, Key, key);
        if (!array)
            return;
        const QString at = JsonReader::join(Key, key);
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString path = JsonReader::index(at, i);
            if (const auto object = m_reader.objectAt(array->at(i), path))
                readOne(*object, path);
        }
    }

    void readAfterAdd(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, AfterAddKeys);
        AfterAddRule rule;
        rule.id = readRuleId(o, path);
        if (!o.contains(u"when_items"_s) && !o.contains(u"when_categories"_s))
            m_reader.error(path, u"must have \"when_items\" or \"when_categories\" (or both)"_s);
        if (o.contains(u"when_items"_s))
            rule.whenItems = readIds(o, path, u"when_items"_s, u"item"_s, m_known.isItem);
        if (o.contains(u"when_categories"_s)) {
            rule.whenCategories =
                    readIds(o, path, u"when_categories"_s, u"category"_s, m_known.isCategory);
        }
        rule.suggest = readIds(o, path, u"suggest"_s, u"item"_s, m_known.isItem);
        m_rules.afterAdd.append(rule);
    }

    void readCheckout(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, CheckoutKeys);
        CheckoutRule rule;
        rule.id = readRuleId(o, path);
        rule.unlessCategories =
                readIds(o, path, u"unless_categories"_s, u"category"_s, m_known.isCategory);
        rule.suggest = readIds(o, path, u"suggest"_s, u"item"_s, m_known.isItem);
        m_rules.atCheckout.append(rule);
    }

    // Unique across both lists: /metrics counts by rule id alone.
    QString readRuleId(const QJsonObject &o, const QString &path)
    {
        static const QRegularExpression Pattern(u"^[a-z0-9_]+$"_s);
        const auto id = m_reader.matching(o, path, u"id"_s, Pattern,
                                          u"must use only lowercase letters, digits and \"_\""_s,
                                          false);
        if (!id)
            return QString();
        const QString at = JsonReader::join(path, u"id"_s);
        if (*id == SuggestionPolicy::MakeItAMealRuleId) {
            m_reader.error(at, u"\"%1\" is kept for \"Make it a meal\" offers"_s.arg(*id));
        } else if (const auto first = m_rulePaths.constFind(*id); first != m_rulePaths.cend()) {
            m_reader.error(at, u"duplicate upsell rule id \"%1\" (first used at %2)"_s
                                       .arg(*id, *first));
        } else {
            m_rulePaths.insert(*id, path);
        }
        return *id;
    }

    // A required, non-empty array of ids, each known and listed once. Items are checked with
    // `isItem`; a combo's id, though in the same id space, is refused with its reason.
    QStringList readIds(const QJsonObject &o, const QString &path, const QString &key,
                        const QString &kind, const std::function<bool(const QString &)> &isKnown)
    {
        QStringList ids;
        const auto array = m_reader.array(o, path, key);
        if (!array)
            return ids;
        const QString at = JsonReader::join(path, key);
        if (array->isEmpty())
            m_reader.error(at, u"must list at least one %1"_s.arg(kind));
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString elementPath = JsonReader::index(at, i);
            const auto id = m_reader.stringAt(array->at(i), elementPath);
            if (!id)
                continue;
            if (kind == u"item"_s && m_known.isCombo && m_known.isCombo(*id))
                m_reader.error(elementPath, u"\"%1\" is a combo: upsell rules name items (a combo is "
                                            u"offered by \"Make it a meal\" when its main is added)"_s
                                                    .arg(*id));
            else if (!isKnown(*id))
                m_reader.error(elementPath, u"unknown %1 \"%2\""_s.arg(kind, *id));
            else if (ids.contains(*id))
                m_reader.error(elementPath, u"duplicate %1 \"%2\""_s.arg(kind, *id));
            else
                ids.append(*id);
        }
        return ids;
    }

    JsonReader &m_reader;
    const UpsellReferences &m_known;
    QHash<QString, QString> m_rulePaths; // rule id -> path of the rule that first used it
    UpsellRules m_rules;
};

} // namespace

UpsellRules readUpsell(JsonReader &reader, const QJsonObject &root, const UpsellReferences &known)
{
    if (!root.contains(Key))
        return {};
    const auto upsell = reader.object(root, {}, Key);
    if (!upsell)
        return {};
    return UpsellParser(reader, known).read(*upsell);
}

} // namespace kiosk
