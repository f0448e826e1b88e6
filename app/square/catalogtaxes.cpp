#include "square/catalogtaxes.h"

#include "square/catalogindex.h"
#include "square/catalogtexts.h"
#include "square/squareids.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

std::optional<int> taxRateBps(const QString &percentage)
{
    static const QRegularExpression Pattern(u"^([0-9]{1,3})(?:\\.([0-9]{0,2})0*)?$"_s);
    const auto match = Pattern.match(percentage);
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(1).toInt();
    const int hundredths = match.captured(2).leftJustified(2, u'0').toInt();
    const int bps = whole * 100 + hundredths;
    if (bps > 10'000)
        return std::nullopt;
    return bps;
}

CatalogTaxes::CatalogTaxes(const CatalogIndex &index, const CatalogTexts &texts,
                           QStringList *problems)
    : m_index(index), m_problems(problems)
{
    for (const QJsonObject &tax : index.ofType(u"TAX"_s)) {
        const QJsonObject data = catalogData(tax);
        // Deleted, absent at this location or switched off: the store's choice, not a problem.
        if (!index.isLive(tax) || !data.value(u"enabled"_s).toBool(true))
            continue;
        const auto id = kioskIdFor(SquareIdKind::Tax, tax.value(u"id"_s).toString());
        if (!id) {
            problems->append(problemLine(tax, u"its id cannot be a kiosk id; the kiosk's estimate leaves this tax out"_s));
            continue;
        }
        // A tax on the total after other taxes: the kiosk's pricing taxes each line's subtotal.
        if (data.value(u"calculation_phase"_s).toString() == u"TAX_TOTAL_PHASE"_s) {
            problems->append(problemLine(tax, u"TAX_TOTAL_PHASE cannot be computed at the kiosk; its estimate leaves this tax out (Square's total includes it)"_s));
            continue;
        }
        const QString percentage = data.value(u"percentage"_s).toString();
        const auto bps = taxRateBps(percentage);
        if (!bps) {
            problems->append(problemLine(
                    tax, u"percentage \"%1\" is not 0 to 100 with at most two decimals; the kiosk's estimate leaves this tax out (Square's total includes it)"_s
                                 .arg(percentage)));
            continue;
        }
        const QString inclusion = data.value(u"inclusion_type"_s).toString(u"ADDITIVE"_s);
        if (inclusion != u"ADDITIVE"_s && inclusion != u"INCLUSIVE"_s) {
            problems->append(problemLine(
                    tax, u"unknown inclusion_type \"%1\"; the kiosk's estimate leaves this tax out"_s
                                 .arg(inclusion)));
            continue;
        }
        // Square also applies such a tax to every product of a PRODUCT_SET (pricing rules), which
        // the kiosk does not read: its estimate taxes only the items that list the tax.
        if (const QString set = data.value(u"applies_to_product_set_id"_s).toString(); !set.isEmpty()) {
            problems->append(problemLine(
                    tax, u"applies to product set %1, which the kiosk does not read; its estimate taxes only the items that list this tax"_s
                                 .arg(set)));
        }
        QString name = catalogName(tax);
        if (!hasName(tax)) {
            name = percentage + u" %"_s;
            problems->append(problemLine(tax, u"has no name; shown as \"%1\""_s.arg(name)));
        }
        m_kioskIds.insert(tax.value(u"id"_s).toString(), *id);
        m_taxes.append(QJsonObject{
                {u"id"_s, *id},
                {u"name"_s, texts.text(tax, u"name"_s, name)},
                {u"rate_bps"_s, *bps},
                {u"inclusive"_s, inclusion == u"INCLUSIVE"_s},
        });
    }
}

QJsonArray CatalogTaxes::taxIdsFor(const QJsonObject &item) const
{
    const QJsonObject data = catalogData(item);
    QStringList ids;
    if (data.value(u"is_taxable"_s).toBool(true)) {
        for (const QJsonValue &value : data.value(u"tax_ids"_s).toArray()) {
            const QString squareId = value.toString();
            if (const auto kioskId = m_kioskIds.constFind(squareId); kioskId != m_kioskIds.cend())
                ids.append(*kioskId);
            else if (!m_index.find(squareId))
                m_problems->append(problemLine(
                        item, u"tax %1 is not in the catalog; the kiosk's estimate leaves it out"_s
                                      .arg(squareId)));
        }
    }
    ids.removeDuplicates();
    ids.sort();
    return QJsonArray::fromStringList(ids);
}

} // namespace kiosk
