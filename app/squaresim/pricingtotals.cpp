#include "squaresim/pricing.h"

#include "squaresim/pricingparts.h"

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
    // Then taxes, per line, on what the discounts leave: an ADDITIVE tax adds to the line, an
    // INCLUSIVE one is the part of the price that is tax (price x rate / (1 + rate)).
    qint64 total = 0, totalTax = 0, totalDiscount = 0;
    for (qsizetype i = 0; i < n; ++i) {
        Line &line = lines[i];
        const qint64 taxable = line.gross - discountOf[i];
        const QSet<QString> listedTaxes = listed(line.json, u"applied_taxes"_s, u"tax_uid"_s);
        QJsonArray appliedTaxes;
        qint64 tax = 0, additive = 0;
        for (Adjustment &a : adjustments) {
            if (!a.tax || !(a.orderScope || listedTaxes.contains(a.uid)))
                continue;
            const bool inclusive = a.type == u"INCLUSIVE";
            const qint64 amount = roundHalfEven(taxable * a.micros, inclusive ? Million + a.micros : Million);
            tax += amount;
            if (!inclusive)
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
