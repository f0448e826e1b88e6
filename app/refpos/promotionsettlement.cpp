#include "refpos/promotionsettlement.h"

#include "contract/promotionjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

std::optional<QList<Promotion>> readPromotionsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"--promotions %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"--promotions %1: not a JSON object (%2)"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    QStringList errors;
    std::optional<QList<Promotion>> promotions = readPromotionList(document.object(), &errors);
    if (!promotions)
        *error = u"--promotions %1: %2"_s.arg(path, errors.join(u"; "_s));
    return promotions;
}

const Promotion *findPromotion(const QList<Promotion> &promotions, const QString &code)
{
    for (const Promotion &promotion : promotions) {
        if (promotion.code == code)
            return &promotion;
    }
    return nullptr;
}

std::optional<QString> promotionRefusal(const QList<Promotion> &promotions, const Order &order)
{
    if (order.promoCode.isEmpty())
        return std::nullopt;
    const Promotion *promotion = findPromotion(promotions, order.promoCode);
    if (!promotion)
        return u"no such promotion"_s;
    if (promotion->validFrom.isValid() && order.createdAt < promotion->validFrom)
        return u"not valid until %1"_s.arg(rfc3339(promotion->validFrom));
    if (promotion->validUntil.isValid() && order.createdAt >= promotion->validUntil)
        return u"expired at %1"_s.arg(rfc3339(promotion->validUntil));
    if (order.totals.subtotal < promotion->minSubtotalCents) {
        return u"needs a subtotal of at least %1 cents, the order has %2"_s
            .arg(promotion->minSubtotalCents).arg(order.totals.subtotal);
    }
    if (promotion->kind == Promotion::Kind::FreeItem) {
        const bool inOrder = std::any_of(order.lines.cbegin(), order.lines.cend(), [&](const OrderLine &line) {
            return line.itemId == promotion->itemId;
        });
        if (!inOrder)
            return u"free item %1 is not in the order"_s.arg(promotion->itemId);
    }
    if (order.loyalty && !order.loyalty->rewardIds.isEmpty() && !promotion->combinesWithRewards)
        return u"does not combine with rewards"_s;
    return std::nullopt;
}

} // namespace kiosk::refpos
