#include "contract/orderrequest.h"

#include "contract/jsonfield.h"
#include "domain/promotion.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Generous bounds that still keep every product and sum far inside 64 bits.
constexpr qint64 MaxCents = 100'000'000'00; // $100 million
constexpr qint64 MaxQuantity = 10'000;

QString mismatch(const QString &path, qint64 expected, qint64 got)
{
    return u"%1: expected %2, got %3"_s.arg(path).arg(expected).arg(got);
}

std::optional<OrderLinePart> partFromJson(const QJsonValue &value, const QString &path, QString *error)
{
    static const QStringList PartKeys = {u"item_id"_s, u"modifiers"_s, u"price_delta_cents"_s};
    const std::optional<QJsonObject> json = JsonField(value, path).object(error);
    if (!json)
        return std::nullopt;
    // A field a kiosk sends and no backend reads would be lost without anyone noticing.
    for (const QString &key : json->keys()) {
        if (!PartKeys.contains(key)) {
            *error = u"%1: unknown field \"%2\""_s.arg(path, key);
            return std::nullopt;
        }
    }
    const auto itemId = JsonField(*json, path, u"item_id"_s).string(error);
    if (!itemId)
        return std::nullopt;
    const auto modifiers = JsonField(*json, path, u"modifiers"_s).stringList(error);
    if (!modifiers)
        return std::nullopt;
    const auto delta = JsonField(*json, path, u"price_delta_cents"_s).integer(error, 0, MaxCents);
    if (!delta)
        return std::nullopt;
    return OrderLinePart{*itemId, QString(), *modifiers, {}, *delta};
}

// A combo line (combo_id set): item_id repeats the combo id, the parts carry the modifiers.
// Whether the parts fill the combo's steps and add up to unit_price_cents needs the menu:
// that is the backend's check (refpos: app/refpos/comboorderline.h).
bool comboFromJson(const QJsonObject &json, const QString &path, OrderLine *line, QString *error)
{
    const JsonField comboField(json, path, u"combo_id"_s);
    const auto comboId = comboField.string(error);
    if (!comboId)
        return false;
    if (*comboId != line->itemId) {
        *error = u"%1: expected the line's item_id \"%2\", got \"%3\""_s.arg(comboField.path(),
                                                                           line->itemId, *comboId);
        return false;
    }
    if (!line->optionIds.isEmpty()) {
        *error = u"%1: must be empty on a combo line (its parts carry the modifiers)"_s.arg(
                JsonField::join(path, u"modifiers"_s));
        return false;
    }
    if (json.contains(u"name"_s)) {
        const auto name = JsonField(json, path, u"name"_s).string(error, true);
        if (!name)
            return false;
        line->itemName = *name;
    }
    const JsonField partsField(json, path, u"parts"_s);
    const auto parts = partsField.array(error);
    if (!parts)
        return false;
    if (parts->isEmpty()) {
        *error = u"%1: must not be empty"_s.arg(partsField.path());
        return false;
    }
    for (qsizetype i = 0; i < parts->size(); ++i) {
        const auto part = partFromJson(parts->at(i), JsonField::index(partsField.path(), i), error);
        if (!part)
            return false;
        line->parts.append(*part);
    }
    line->comboId = *comboId;
    return true;
}

std::optional<OrderLine> lineFromJson(const QJsonValue &value, const QString &path, QString *error)
{
    const std::optional<QJsonObject> json = JsonField(value, path).object(error);
    if (!json)
        return std::nullopt;
    const auto itemId = JsonField(*json, path, u"item_id"_s).string(error);
    if (!itemId)
        return std::nullopt;
    const auto quantity = JsonField(*json, path, u"quantity"_s).integer(error, 1, MaxQuantity);
    if (!quantity)
        return std::nullopt;
    const auto modifiers = JsonField(*json, path, u"modifiers"_s).stringList(error);
    if (!modifiers)
        return std::nullopt;
    const auto unitPrice = JsonField(*json, path, u"unit_price_cents"_s).integer(error, 0, MaxCents);
    if (!unitPrice)
        return std::nullopt;
    const JsonField lineTotalField(*json, path, u"line_total_cents"_s);
    const auto lineTotal = lineTotalField.integer(error, 0, MaxCents * MaxQuantity);
    if (!lineTotal)
        return std::nullopt;
    if (*lineTotal != *unitPrice * *quantity) {
        *error = mismatch(lineTotalField.path(), *unitPrice * *quantity, *lineTotal);
        return std::nullopt;
    }
    OrderLine line;
    line.itemId = *itemId;
    line.quantity = int(*quantity);
    line.optionIds = *modifiers;
    line.unitPriceCents = *unitPrice;
    line.lineTotalCents = *lineTotal;
    if (json->contains(u"combo_id"_s)) {
        if (!comboFromJson(*json, path, &line, error))
            return std::nullopt;
    } else if (json->contains(u"parts"_s)) {
        *error = u"%1: only a combo line (with combo_id) has parts"_s.arg(JsonField::join(path, u"parts"_s));
        return std::nullopt;
    }
    return line;
}

// "loyalty" is required but may be null: null means no member, not a forgotten field.
std::optional<std::optional<LoyaltyClaim>> loyaltyFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue value = json.value(u"loyalty"_s);
    if (value.isNull())
        return std::optional<LoyaltyClaim>();
    if (!value.isObject()) {
        *error = value.isUndefined()
            ? u"loyalty: missing"_s
            : u"loyalty: expected null or an object, got %1"_s.arg(JsonField::describe(value));
        return std::nullopt;
    }
    const QJsonObject loyalty = value.toObject();
    const auto memberId = JsonField(loyalty, u"loyalty"_s, u"member_id"_s).string(error);
    if (!memberId)
        return std::nullopt;
    const auto rewardIds = JsonField(loyalty, u"loyalty"_s, u"reward_ids"_s).stringList(error);
    if (!rewardIds)
        return std::nullopt;
    // A reward is redeemed once per order; a repeated id is a kiosk bug, not a wish.
    QSet<QString> seen;
    for (qsizetype i = 0; i < rewardIds->size(); ++i) {
        if (seen.contains(rewardIds->at(i))) {
            *error = u"%1: duplicate reward \"%2\""_s.arg(
                    JsonField::index(u"loyalty.reward_ids"_s, i), rewardIds->at(i));
            return std::nullopt;
        }
        seen.insert(rewardIds->at(i));
    }
    return std::optional<LoyaltyClaim>(LoyaltyClaim{*memberId, *rewardIds});
}

std::optional<DineOption> dineOptionFromJson(const QJsonObject &json, QString *error)
{
    const JsonField field(json, QString(), u"dine_option"_s);
    const std::optional<QString> code = field.string(error, true);
    if (!code)
        return std::nullopt;
    if (*code == dineOptionCode(DineOption::Here))
        return DineOption::Here;
    if (*code == dineOptionCode(DineOption::ToGo))
        return DineOption::ToGo;
    *error = u"dine_option: expected \"here\" or \"togo\", got \"%1\""_s.arg(*code);
    return std::nullopt;
}

// Checks the totals against the lines: subtotal = sum of line totals, discount within the
// subtotal, total = subtotal - discount + tax, the included tax within subtotal - discount.
std::optional<Totals> totalsFromJson(const QJsonObject &json, const QList<OrderLine> &lines,
                                     QString *error)
{
    Cents sum = 0;
    for (const OrderLine &line : lines)
        sum += line.lineTotalCents;
    const qint64 maxTotal = MaxCents * MaxQuantity * MaxQuantity;
    const auto subtotal = JsonField(json, QString(), u"subtotal_cents"_s).integer(error, 0, maxTotal);
    if (!subtotal)
        return std::nullopt;
    if (*subtotal != sum) {
        *error = mismatch(u"subtotal_cents"_s, sum, *subtotal);
        return std::nullopt;
    }
    const auto discount = JsonField(json, QString(), u"discount_cents"_s).integer(error, 0, *subtotal);
    if (!discount)
        return std::nullopt;
    const auto tax = JsonField(json, QString(), u"tax_cents"_s).integer(error, 0, maxTotal);
    if (!tax)
        return std::nullopt;
    const auto total = JsonField(json, QString(), u"total_cents"_s).integer(error, 0, 2 * maxTotal);
    if (!total)
        return std::nullopt;
    if (*total != *subtotal - *discount + *tax) {
        *error = mismatch(u"total_cents"_s, *subtotal - *discount + *tax, *total);
        return std::nullopt;
    }
    // Optional: the inclusive taxes, already inside the discounted subtotal (never added).
    Cents taxIncluded = 0;
    if (json.contains(u"tax_included_cents"_s)) {
        const auto included = JsonField(json, QString(), u"tax_included_cents"_s)
                                      .integer(error, 0, *subtotal - *discount);
        if (!included)
            return std::nullopt;
        taxIncluded = *included;
    }
    return Totals{*subtotal, *discount, *tax, *total, taxIncluded};
}

// "promo_code" is optional (absent: no code), normalized; a code that cannot be one is a broken
// body, while a code refpos does not honour is an adjustment on the accepted order.
std::optional<QString> promoCodeFromJson(const QJsonObject &json, QString *error)
{
    if (!json.contains(u"promo_code"_s))
        return QString();
    const auto typed = JsonField(json, QString(), u"promo_code"_s).string(error, true);
    if (!typed)
        return std::nullopt;
    const QString code = normalizedPromoCode(*typed);
    if (!isWellFormedPromoCode(code)) {
        *error = u"promo_code: must be 1 to 32 of A-Z, 0-9, - and _"_s;
        return std::nullopt;
    }
    return code;
}

} // namespace

std::optional<Order> orderFromContractJson(const QJsonObject &json, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    Order order;

    const auto id = JsonField(json, QString(), u"id"_s).uuid(error);
    if (!id)
        return std::nullopt;
    const auto number = JsonField(json, QString(), u"number"_s).string(error);
    if (!number)
        return std::nullopt;
    const auto kioskId = JsonField(json, QString(), u"kiosk_id"_s).string(error);
    if (!kioskId)
        return std::nullopt;
    const auto createdAt = JsonField(json, QString(), u"created_at"_s).utcTimestamp(error);
    if (!createdAt)
        return std::nullopt;
    const auto dineOption = dineOptionFromJson(json, error);
    if (!dineOption)
        return std::nullopt;

    const auto lines = JsonField(json, QString(), u"lines"_s).array(error);
    if (!lines)
        return std::nullopt;
    if (lines->isEmpty()) {
        *error = u"lines: must not be empty"_s;
        return std::nullopt;
    }
    for (qsizetype i = 0; i < lines->size(); ++i) {
        std::optional<OrderLine> line = lineFromJson(lines->at(i), JsonField::index(u"lines"_s, i), error);
        if (!line)
            return std::nullopt;
        order.lines.append(*line);
    }
    const auto totals = totalsFromJson(json, order.lines, error);
    if (!totals)
        return std::nullopt;
    auto loyalty = loyaltyFromJson(json, error);
    if (!loyalty)
        return std::nullopt;
    const auto promoCode = promoCodeFromJson(json, error);
    if (!promoCode)
        return std::nullopt;

    order.id = *id;
    order.number = *number;
    order.kioskId = *kioskId;
    order.createdAt = *createdAt;
    order.dineOption = *dineOption;
    order.totals = *totals;
    order.loyalty = std::move(*loyalty);
    order.promoCode = *promoCode;
    return order;
}

} // namespace kiosk
