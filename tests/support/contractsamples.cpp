#include "support/contractsamples.h"

#include "contract/assistrequest.h"
#include "contract/feedbackrequest.h"

using namespace Qt::StringLiterals;

namespace kiosk::test {

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
