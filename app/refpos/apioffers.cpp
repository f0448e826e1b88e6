// Api's endpoints for joining the program and looking promo codes up (docs/backend-api.md,
// "POST /v1/loyalty/members" and "GET /v1/promotions/<code>").
#include "refpos/api.h"

#include "contract/canonicaljson.h"
#include "contract/enrolmentrequest.h"
#include "contract/promotionjson.h"
#include "refpos/errorbody.h"
#include "refpos/promotionsettlement.h"
#include "refpos/store.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

// Idempotent on the member id, as orders are on theirs. The body names a customer: no answer
// quotes its phone or id.
Response Api::postMember(const Request &request)
{
    QString problem;
    const std::optional<QString> key = idempotencyKey(request, &problem);
    if (!key)
        return reject(problem);
    const std::optional<LoyaltyEnrolment> enrolment = enrolmentFromContractJson(request.body, &problem);
    if (!enrolment)
        return reject(problem);
    if (QUuid::fromString(*key) != enrolment->memberId || key->size() != 36)
        return reject(u"id: must equal the Idempotency-Key"_s);
    // A phone with members already is a household sharing it: the new member joins them.
    const QJsonObject json = QJsonDocument::fromJson(request.body).object();
    const Submission submission = m_store.submitEnrolment(*enrolment, m_offers.welcomeReward,
                                                          canonicalJson(json), canonicalHash(json));
    return answer(submission, u"member"_s, u"…"_s + key->right(2));
}

// Found even when expired or not yet valid: the kiosk tells the customer which.
Response Api::promotion(const QString &pathCode)
{
    const QString code = normalizedPromoCode(pathCode); // the server decoded the path
    if (!isWellFormedPromoCode(code))
        return reject(u"code: must be 1 to 32 of A-Z, 0-9, - and _"_s);
    const Promotion *found = findPromotion(m_offers.promotions, code);
    if (!found)
        return apiError(404, "not_found", u"no such promotion"_s);
    return Response::json(200, promotionJson(*found));
}

} // namespace kiosk::refpos
