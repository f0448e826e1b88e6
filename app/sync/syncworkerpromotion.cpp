// SyncWorker's promo code lookups: asked of the backend port on the sync thread; whatever stops
// an answer is Unavailable, and the kiosk's offline list decides then.
#include "sync/syncworker.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace kiosk {

void SyncWorker::lookupPromotion(quint64 requestId, const QString &code)
{
    QElapsedTimer timer;
    timer.start();
    PromotionLookupResult answer;
    answer.requestId = requestId;
    QString failure;
    if (!m_port || stopping()) {
        answer.error = u"sync is not running"_s;
        emit promotionLookedUp(answer);
        return;
    }
    if (portReady(&failure)) {
        PromotionOutcome outcome = m_port->lookupPromotion(code);
        if (stopping())
            return; // shutting down: nobody waits for the answer
        noteReach(outcome.reach);
        if (auto *found = std::get_if<PromotionOutcome::Found>(&outcome.result)) {
            answer.outcome = PromotionLookupResult::Outcome::Found;
            answer.promotion = std::move(found->promotion);
        } else if (std::holds_alternative<PromotionOutcome::NotFound>(outcome.result)) {
            answer.outcome = PromotionLookupResult::Outcome::NotFound;
        } else {
            failure = std::get<PromotionOutcome::Unavailable>(outcome.result).reason;
        }
    }
    if (answer.outcome == PromotionLookupResult::Outcome::Unavailable)
        answer.error = failure;
    // Codes are shared by everyone (printed on flyers): the outcome is logged, never the code.
    qCInfo(lcSync).noquote() << u"promo code lookup: %1 in %2 ms%3"_s.arg(
                                    answer.outcome == PromotionLookupResult::Outcome::Found      ? u"found"_s
                                        : answer.outcome == PromotionLookupResult::Outcome::NotFound ? u"not found"_s
                                                                                                      : u"unavailable"_s,
                                    QString::number(timer.elapsed()),
                                    failure.isEmpty() ? QString() : u" ("_s + failure + u')');
    emit promotionLookedUp(answer);
}

} // namespace kiosk
