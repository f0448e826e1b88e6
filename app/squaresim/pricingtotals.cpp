#include "squaresim/pricing.h"

#include "squaresim/pricingparts.h"

#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

constexpr qint64 Million = 1'000'000;

// The uids of the adjustments a line lists in `field` (applied_taxes / applied_discounts).
QSet<QString> listed(const QJsonObject &line, const QString &field, const QString &uidKey)
{
    QSet<QString> uids;
    for (const QJsonValue &value : line.value(field).toArray())
        uids.insert(value.toObject().value(uidKey).toString());
    return uids;
}

// An ORDER-scoped tax of `micros` on the lines `targets`: the exact sum of each line's part
// (its taxable amount x rate / (1 + the line's inclusive rates)), rounded half to even once.
// Lines sharing a denominator are summed exactly; several denominators (inclusive taxes in
// several combinations) in billionths of a cent.
qint64 orderTaxAmount(const QList<qint64> &taxable, const QList<qint64> &inclusiveOf, const QList<qsizetype> &targets,
                      qint64 micros)
{
    __extension__ typedef __int128 Wide;
    QMap<qint64, qint64> byDenominator;
    for (qsizetype i : targets)
        byDenominator[Million + inclusiveOf[i]] += taxable[i] * micros;
    if (byDenominator.size() == 1)
        return roundHalfEven(byDenominator.first(), byDenominator.firstKey());
    constexpr qint64 Scale = 1'000'000'000;
    Wide scaled = 0;
    for (auto it = byDenominator.cbegin(); it != byDenominator.cend(); ++it)
        scaled += (Wide(it.value()) * Scale + it.key() / 2) / it.key();
    const qint64 whole = qint64(scaled / Scale), rest = qint64(scaled % Scale);
    return whole + ((2 * rest > Scale || (2 * rest == Scale && whole % 2 == 1)) ? 1 : 0);
}

} // namespace

QJsonObject Pricing::totals(QJsonObject order, QList<Line> &lines, QList<Adjustment> &adjustments, qint64 paid) const
{
    const qsizetype n = lines.size();
    QList<qint64> discountOf(n, 0);
    QList<QJsonArray> appliedDiscounts(n);
    // Discounts first: an ORDER-scoped one is spread over every line, a LINE_ITEM one only
    // over the lines that list it; a fixed amount in proportion to each line's gross, the
    // rounding remainder on the last of them ("distributed across all the line item
    // subtotals", https://developer.squareup.com/docs/orders-api/price-adjustments).
    for (Adjustment &a : adjustments) {
        if (a.tax)
            continue;
        QList<qsizetype> targets;
        qint64 base = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (a.orderScope || listed(lines[i].json, u"applied_discounts"_s, u"discount_uid"_s).contains(a.uid)) {
                targets.append(i);
                base += lines[i].gross - discountOf[i];
            }
        }
        qint64 left = a.type == u"FIXED_AMOUNT" ? std::min(a.amount, base) : 0;
        for (qsizetype k = 0; k < targets.size(); ++k) {
            const qsizetype i = targets[k];
            const qint64 room = lines[i].gross - discountOf[i];
            qint64 share = 0;
            if (a.type == u"FIXED_AMOUNT")
                share = k + 1 == targets.size() ? left : roundHalfEven(std::min(a.amount, base) * room, std::max<qint64>(base, 1));
            else
                share = roundHalfEven(room * a.micros, Million);
            share = std::clamp<qint64>(share, 0, room);
            if (a.type == u"FIXED_AMOUNT")
                left -= share;
            discountOf[i] += share;
            a.applied += share;
            appliedDiscounts[i].append(QJsonObject{{u"uid"_s, newSquareId(22)}, {u"discount_uid"_s, a.uid},
                                                   {u"applied_money"_s, money(share, m_currency)}});
        }
    }
    // Then taxes on what the discounts leave. Which taxes a line carries: ORDER-scoped ones
    // unless the line blocks them (pricing_blocklists.blocked_taxes, by tax_uid or
    // tax_catalog_object_id), LINE_ITEM ones it lists.
    const qsizetype taxCount = adjustments.size();
    QList<QList<qsizetype>> taxesOf(n);
    QList<qint64> inclusiveOf(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const QSet<QString> listedTaxes = listed(lines[i].json, u"applied_taxes"_s, u"tax_uid"_s);
        QSet<QString> blocked;
        for (const QJsonValue &value : lines[i].json.value(u"pricing_blocklists"_s).toObject().value(u"blocked_taxes"_s).toArray()) {
            blocked.insert(value.toObject().value(u"tax_uid"_s).toString(u"-"_s));
            blocked.insert(value.toObject().value(u"tax_catalog_object_id"_s).toString(u"-"_s));
        }
        for (qsizetype k = 0; k < taxCount; ++k) {
            const Adjustment &a = adjustments[k];
            if (!a.tax || !(a.orderScope ? !blocked.contains(a.uid) && !blocked.contains(a.json.value(u"catalog_object_id"_s).toString())
                                         : listedTaxes.contains(a.uid)))
                continue;
            taxesOf[i].append(k);
            if (a.type == u"INCLUSIVE")
                inclusiveOf[i] += a.micros;
        }
    }
    // What each tax comes to on each line. An ORDER-scoped tax is computed once on the sum of
    // the lines it applies to and rounded once ("per-rate-bucket tax calculation",
    // https://developer.squareup.com/docs/international-development/japan-order-calculation),
    // then shared out over those lines (the last takes the rounding rest); a LINE_ITEM tax is
    // rounded per line. On a line with inclusive taxes of rates adding up to R, the price before
    // tax is taxable / (1 + R) and every tax on the line is its rate of that, so taxes never tax
    // each other (https://developer.squareup.com/reference/square/enums/TaxInclusionType).
    QList<qint64> taxableOf(n);
    for (qsizetype i = 0; i < n; ++i)
        taxableOf[i] = lines[i].gross - discountOf[i];
    QList<QHash<qsizetype, qint64>> taxOn(n);
    for (qsizetype k = 0; k < taxCount; ++k) {
        Adjustment &a = adjustments[k];
        if (!a.tax)
            continue;
        QList<qsizetype> targets;
        for (qsizetype i = 0; i < n; ++i) {
            if (taxesOf[i].contains(k))
                targets.append(i);
        }
        const auto exactShare = [&](qsizetype i) {
            return roundHalfEven(taxableOf[i] * a.micros, Million + inclusiveOf[i]);
        };
        if (!a.orderScope || targets.isEmpty()) {
            for (qsizetype i : targets)
                taxOn[i].insert(k, exactShare(i));
        } else {
            qint64 amount = orderTaxAmount(taxableOf, inclusiveOf, targets, a.micros);
            for (qsizetype t = 0; t < targets.size(); ++t) {
                const qint64 share = t + 1 == targets.size() ? amount : std::min(exactShare(targets[t]), amount);
                taxOn[targets[t]].insert(k, share);
                amount -= share;
            }
        }
    }
    qint64 total = 0, totalTax = 0, totalDiscount = 0;
    for (qsizetype i = 0; i < n; ++i) {
        Line &line = lines[i];
        const qint64 taxable = line.gross - discountOf[i];
        QJsonArray appliedTaxes;
        qint64 tax = 0, additive = 0;
        for (qsizetype k : std::as_const(taxesOf[i])) {
            Adjustment &a = adjustments[k];
            const qint64 amount = taxOn[i].value(k);
            tax += amount;
            if (a.type != u"INCLUSIVE")
                additive += amount;
            a.applied += amount;
            QString uid = newSquareId(22);
            for (const QJsonValue &value : line.json.value(u"applied_taxes"_s).toArray()) {
                if (value.toObject().value(u"tax_uid"_s).toString() == a.uid)
                    uid = value.toObject().value(u"uid"_s).toString(uid);
            }
            appliedTaxes.append(QJsonObject{{u"uid"_s, uid}, {u"tax_uid"_s, a.uid},
                                            {u"applied_money"_s, money(amount, m_currency)}});
        }
        line.json.remove(u"applied_taxes"_s);
        line.json.remove(u"applied_discounts"_s);
        if (!appliedTaxes.isEmpty())
            line.json.insert(u"applied_taxes"_s, appliedTaxes);
        if (!appliedDiscounts[i].isEmpty())
            line.json.insert(u"applied_discounts"_s, appliedDiscounts[i]);
        line.json.insert(u"total_tax_money"_s, money(tax, m_currency));
        line.json.insert(u"total_discount_money"_s, money(discountOf[i], m_currency));
        line.json.insert(u"total_money"_s, money(taxable + additive, m_currency));
        total += taxable + additive;
        totalTax += tax;
        totalDiscount += discountOf[i];
    }

    QJsonArray lineItems, taxes, discounts;
    for (const Line &line : lines)
        lineItems.append(line.json);
    for (const Adjustment &a : adjustments) {
        QJsonObject json = a.json;
        json.insert(u"applied_money"_s, money(a.applied, m_currency));
        (a.tax ? taxes : discounts).append(json);
    }
    const auto set = [&order](const QString &key, const QJsonArray &array) {
        if (array.isEmpty())
            order.remove(key);
        else
            order.insert(key, array);
    };
    set(u"line_items"_s, lineItems);
    set(u"taxes"_s, taxes);
    set(u"discounts"_s, discounts);
    const QJsonObject zero = money(0, m_currency);
    order.insert(u"total_money"_s, money(total, m_currency));
    order.insert(u"total_tax_money"_s, money(totalTax, m_currency));
    order.insert(u"total_discount_money"_s, money(totalDiscount, m_currency));
    order.insert(u"total_tip_money"_s, zero);
    order.insert(u"total_service_charge_money"_s, zero);
    order.insert(u"net_amounts"_s, QJsonObject{
        {u"total_money"_s, money(total, m_currency)},
        {u"tax_money"_s, money(totalTax, m_currency)},
        {u"discount_money"_s, money(totalDiscount, m_currency)},
        {u"tip_money"_s, zero},
        {u"service_charge_money"_s, zero},
    });
    order.insert(u"net_amount_due_money"_s, money(std::max<qint64>(total - paid, 0), m_currency));
    return order;
}

} // namespace kiosk::squaresim
