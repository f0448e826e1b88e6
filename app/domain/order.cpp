#include "domain/order.h"

#include <QJsonArray>

namespace kiosk {

QString dineOptionCode(DineOption option)
{
    return option == DineOption::ToGo ? QStringLiteral("togo") : QStringLiteral("here");
}

namespace {

// Additive to contract v1 (docs/backend-api.md): only combo lines carry these.
void addComboFields(const OrderLine &line, QJsonObject *json)
{
    QJsonArray parts;
    for (const OrderLinePart &part : line.parts) {
        parts.append(QJsonObject{
            {QStringLiteral("item_id"), part.itemId},
            {QStringLiteral("modifiers"), QJsonArray::fromStringList(part.optionIds)},
            {QStringLiteral("price_delta_cents"), part.priceDeltaCents},
        });
    }
    json->insert(QStringLiteral("combo_id"), line.comboId);
    json->insert(QStringLiteral("name"), line.itemName);
    json->insert(QStringLiteral("parts"), parts);
}

} // namespace

QJsonObject Order::toContractJson() const
{
    QJsonArray jsonLines;
    for (const OrderLine &line : lines) {
        QJsonObject jsonLine{
            {QStringLiteral("item_id"), line.itemId},
            {QStringLiteral("quantity"), line.quantity},
            {QStringLiteral("modifiers"), QJsonArray::fromStringList(line.optionIds)},
            {QStringLiteral("unit_price_cents"), line.unitPriceCents},
            {QStringLiteral("line_total_cents"), line.lineTotalCents},
        };
        if (line.taxIds)
            jsonLine.insert(QStringLiteral("tax_ids"), QJsonArray::fromStringList(*line.taxIds));
        if (line.isCombo())
            addComboFields(line, &jsonLine);
        jsonLines.append(jsonLine);
    }
    QJsonValue loyaltyJson; // null: no member identified
    if (loyalty) {
        loyaltyJson = QJsonObject{
            {QStringLiteral("member_id"), loyalty->memberId},
            {QStringLiteral("reward_ids"), QJsonArray::fromStringList(loyalty->rewardIds)},
        };
    }
    QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("number"), number},
        {QStringLiteral("kiosk_id"), kioskId},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("dine_option"), dineOptionCode(dineOption)},
        {QStringLiteral("lines"), jsonLines},
        {QStringLiteral("subtotal_cents"), totals.subtotal},
        {QStringLiteral("discount_cents"), totals.discount},
        {QStringLiteral("tax_cents"), totals.tax},
        {QStringLiteral("total_cents"), totals.total},
        {QStringLiteral("loyalty"), loyaltyJson},
    };
    // Inclusive taxes (already inside the prices) only where a menu has them, so every other
    // body stays as older kiosks sent it.
    if (totals.taxIncluded != 0)
        json.insert(QStringLiteral("tax_included_cents"), totals.taxIncluded);
    if (payment)
        json.insert(QStringLiteral("payment"), QJsonObject{{QStringLiteral("method"), paymentMethodCode(*payment)}});
    if (!promoCode.isEmpty())
        json.insert(QStringLiteral("promo_code"), promoCode);
    return json;
}

Order makeOrder(const Cart &cart, const QString &kioskId, DineOption dineOption,
                const QString &language, int taxRateBps, Cents discount,
                std::optional<LoyaltyClaim> loyalty)
{
    Order order;
    order.id = QUuid::createUuid();
    order.kioskId = kioskId;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.dineOption = dineOption;
    order.language = language;
    for (const CartLine &cartLine : cart.lines()) {
        OrderLine line;
        line.itemId = cartLine.itemId;
        line.itemName = cartLine.itemName.text(QStringLiteral("en"));
        line.optionIds = cartLine.optionIds;
        for (const LocalizedText &name : cartLine.optionNames)
            line.optionNames.append(name.text(QStringLiteral("en")));
        line.quantity = cartLine.quantity;
        line.unitPriceCents = cartLine.unitPriceCents;
        line.lineTotalCents = cartLine.lineTotalCents();
        if (cartLine.taxes) {
            line.taxIds = QStringList();
            for (const Tax &tax : *cartLine.taxes)
                line.taxIds->append(tax.id);
        }
        line.comboId = cartLine.comboId;
        for (const CartLinePart &cartPart : cartLine.parts) {
            OrderLinePart part{cartPart.itemId, cartPart.itemName.text(QStringLiteral("en")),
                               cartPart.optionIds, {}, cartPart.priceDeltaCents};
            for (const LocalizedText &name : cartPart.optionNames)
                part.optionNames.append(name.text(QStringLiteral("en")));
            line.parts.append(part);
        }
        order.lines.append(line);
    }
    order.totals = computeTotals(cart, taxRateBps, discount);
    order.loyalty = std::move(loyalty);
    return order;
}

} // namespace kiosk
