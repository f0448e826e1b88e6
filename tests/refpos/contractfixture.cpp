#include "contractfixture.h"

#include "contract/assistrequest.h"
#include "contract/feedbackrequest.h"

using namespace Qt::StringLiterals;

namespace kiosk::test {

Order sampleOrder(const QUuid &id)
{
    Order order;
    order.id = id;
    order.number = u"K1-042"_s;
    order.kioskId = u"K1"_s;
    order.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15, 250), Qt::UTC);
    order.dineOption = DineOption::ToGo;
    OrderLine burger;
    burger.itemId = u"classic_burger"_s;
    burger.optionIds = {u"burger_double"_s, u"cheese"_s};
    burger.quantity = 2;
    burger.unitPriceCents = 999;
    burger.lineTotalCents = 1998;
    OrderLine fries;
    fries.itemId = u"classic_fries"_s;
    fries.quantity = 1;
    fries.unitPriceCents = 349;
    fries.lineTotalCents = 349;
    order.lines = {burger, fries};
    order.totals = computeTotals(1998 + 349, 0, 825);
    return order;
}

QJsonObject sampleOrderJson(const QUuid &id)
{
    return sampleOrder(id).toContractJson();
}

QJsonObject sampleFeedbackJson(const QUuid &id)
{
    FeedbackRequest feedback;
    feedback.id = id;
    feedback.orderId = QUuid::createUuid();
    feedback.csat = 5;
    feedback.nps = 9;
    feedback.comment = u"Quick and tasty"_s;
    feedback.language = u"en"_s;
    feedback.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 35), Qt::UTC);
    return feedback.toContractJson();
}

QJsonObject sampleAssistJson()
{
    return AssistRequest{u"K1"_s, u"payment"_s, QDateTime(QDate(2024, 5, 1), QTime(12, 40), Qt::UTC)}
        .toContractJson();
}

} // namespace kiosk::test
