#include "config/comboparser.h"

#include "config/availabilityreader.h"

#include "config/menulimits.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QStringList ComboKeys = {u"id"_s,          u"category"_s, u"name"_s,
                               u"description"_s, u"image"_s,    u"price_cents"_s,
                               u"tax_ids"_s,     u"steps"_s,    u"available_at"_s};
const QStringList StepKeys = {u"id"_s, u"name"_s, u"pick"_s, u"choices"_s};
const QStringList ChoiceKeys = {u"item"_s, u"price_delta_cents"_s};

class ComboReader
{
public:
    ComboReader(MenuFields &fields, const QList<MenuItem> &items, QHash<QString, QString> *idPaths)
        : m_fields(fields), m_reader(fields.reader()), m_idPaths(idPaths)
    {
        for (const MenuItem &item : items)
            m_itemIds.insert(item.id);
    }

    QList<Combo> read(const QJsonObject &root)
    {
        QList<Combo> combos;
        forEachObject(root, {}, u"combos"_s, QString(), [&](const QJsonObject &o, const QString &path) {
            combos.append(readCombo(o, path));
        });
        return combos;
    }

private:
    template<typename ReadOne>
    void forEachObject(const QJsonObject &o, const QString &path, const QString &key,
                       const QString &emptyMessage, ReadOne readOne)
    {
        forEachJsonObject(m_reader, o, path, key, emptyMessage, readOne);
    }

    Combo readCombo(const QJsonObject &o, const QString &path)
    {
        m_reader.rejectUnknownKeys(o, path, ComboKeys);
        Combo combo;
        combo.id = m_fields.readId(o, path, u"item or combo"_s, m_idPaths);
        combo.categoryId = m_fields.readCategoryRef(o, path);
        combo.name = m_fields.readText(o, path, u"name"_s);
        if (o.contains(u"description"_s))
            combo.description = m_fields.readText(o, path, u"description"_s);
        combo.image = m_fields.readImage(o, path);
        combo.priceCents = m_reader.integer(o, path, u"price_cents"_s, 1, MaxPriceCents).value_or(0);
        combo.taxIds = m_fields.readTaxIds(o, path);
        combo.availableAt = readAvailabilityWindows(m_reader, o, path);
        QHash<QString, QString> stepPaths;
        forEachObject(o, path, u"steps"_s, u"must list at least one step"_s,
                      [&](const QJsonObject &step, const QString &stepPath) {
                          combo.steps.append(readStep(step, stepPath, &stepPaths));
                      });
        return combo;
    }

    ComboStep readStep(const QJsonObject &o, const QString &path, QHash<QString, QString> *stepPaths)
    {
        m_reader.rejectUnknownKeys(o, path, StepKeys);
        ComboStep step;
        step.id = m_fields.readId(o, path, u"step"_s, stepPaths);
        step.name = m_fields.readText(o, path, u"name"_s);
        step.pick = int(m_reader.integer(o, path, u"pick"_s, 1, MaxPicksPerStep).value_or(1));
        QHash<QString, QString> choicePaths;
        forEachObject(o, path, u"choices"_s, u"must list at least one choice"_s,
                      [&](const QJsonObject &choice, const QString &choicePath) {
                          if (auto read = readChoice(choice, choicePath, &choicePaths))
                              step.choices.append(*read);
                      });
        return step;
    }

    std::optional<ComboChoice> readChoice(const QJsonObject &o, const QString &path,
                                          QHash<QString, QString> *choicePaths)
    {
        m_reader.rejectUnknownKeys(o, path, ChoiceKeys);
        ComboChoice choice;
        if (o.contains(u"price_delta_cents"_s)) {
            choice.priceDeltaCents =
                    m_reader.integer(o, path, u"price_delta_cents"_s, 0, MaxPriceCents).value_or(0);
        }
        const auto itemId = m_reader.string(o, path, u"item"_s);
        if (!itemId)
            return std::nullopt;
        const QString at = JsonReader::join(path, u"item"_s);
        // A combo inside a combo would price and print as nobody expects.
        if (!m_itemIds.contains(*itemId)) {
            m_reader.error(at, u"unknown item \"%1\""_s.arg(*itemId));
            return std::nullopt;
        }
        if (const auto first = choicePaths->constFind(*itemId); first != choicePaths->cend()) {
            m_reader.error(at, u"duplicate choice \"%1\" (first listed at %2)"_s.arg(*itemId, *first));
            return std::nullopt;
        }
        choicePaths->insert(*itemId, path);
        choice.itemId = *itemId;
        return choice;
    }

    MenuFields &m_fields;
    JsonReader &m_reader;
    QHash<QString, QString> *m_idPaths;
    QSet<QString> m_itemIds;
};

} // namespace

QList<Combo> readCombos(MenuFields &fields, const QJsonObject &root, const QList<MenuItem> &items,
                        QHash<QString, QString> *idPaths)
{
    if (!root.contains(u"combos"_s))
        return {};
    return ComboReader(fields, items, idPaths).read(root);
}

} // namespace kiosk
