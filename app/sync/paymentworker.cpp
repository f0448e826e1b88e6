#include "sync/paymentworker.h"

#include "storage/database.h"
#include "storage/paymentstore.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPayment, "kiosk.payment")

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString stepName(PaymentStep::Kind kind)
{
    switch (kind) {
    case PaymentStep::Kind::Create:
        return u"create"_s;
    case PaymentStep::Kind::Read:
        return u"read"_s;
    case PaymentStep::Kind::Cancel:
        return u"cancel"_s;
    case PaymentStep::Kind::Done:
        break;
    }
    return u"done"_s;
}

} // namespace

PaymentWorker::PaymentWorker(PaymentSettings settings, QString databasePath, const std::atomic_bool *stopping,
                             BackendPortFactory portFactory, LeftOpen leftOpen, int pollIntervalMs, Clock clock)
    : m_settings(std::move(settings)),
      m_databasePath(std::move(databasePath)),
      m_stopping(stopping),
      m_portFactory(std::move(portFactory)),
      m_pollIntervalMs(pollIntervalMs),
      m_clock(std::move(clock)),
      m_timer(new QTimer(this)),
      m_recovering(std::move(leftOpen.attemptIds)),
      m_heldAtStart(std::move(leftOpen.heldOrderIds))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PaymentWorker::runDue);
}

PaymentWorker::~PaymentWorker() = default;

void PaymentWorker::start()
{
    QString error;
    m_db = Database::open(m_databasePath, &error);
    if (!m_db) {
        qCCritical(lcPayment) << "payments stopped: cannot open the database:" << error;
        emit storageError(error);
        return;
    }
    m_store = std::make_unique<PaymentStore>(*m_db);
    m_port = m_portFactory(m_stopping);
    // Whatever the last run left open may have charged a card or may yet: nobody is at the
    // reader any more, so each gets a cancel request and is read until its status is final.
    for (const QString &attemptId : std::as_const(m_recovering))
        m_store->requestCancel(attemptId, PaymentCancelReason::SellerCanceled, now());
    if (!m_recovering.isEmpty())
        qCWarning(lcPayment) << "settling" << m_recovering.size() << "card payment attempt(s) left open by the last run";
    runDue();
}

void PaymentWorker::wake()
{
    m_timer->start(0);
}

void PaymentWorker::checkNow()
{
    for (Track &track : m_tracks) {
        track.nextAt = {};
        track.failures = 0;
    }
    m_timer->start(0);
}

void PaymentWorker::runDue()
{
    if (!m_store || stopping())
        return;
    const QList<PaymentAttempt> open = m_store->openAttempts();
    QSet<QString> openIds;
    for (const PaymentAttempt &attempt : open) {
        openIds.insert(attempt.id);
        auto track = m_tracks.find(attempt.id);
        if (track == m_tracks.end()) {
            // Saved since this worker started, it was never sent by anybody: no need to read it
            // first. One the last run left is uncertain until read.
            const bool fromLastRun = m_recovering.contains(attempt.id);
            track = m_tracks.insert(attempt.id, Track{fromLastRun && attempt.createUncertain, false, 0, {}});
        }
        if (track->nextAt.isValid() && track->nextAt > now())
            continue;
        advance(attempt, *track);
        if (stopping())
            return;
    }
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        if (openIds.contains(it.key()))
            ++it;
        else
            it = m_tracks.erase(it);
    }
    finishRecoveryIfSettled();
    schedule();
}

void PaymentWorker::schedule()
{
    if (m_tracks.isEmpty())
        return; // nothing open: the next begin() wakes us
    qint64 waitMs = m_pollIntervalMs;
    const QDateTime at = now();
    for (const Track &track : std::as_const(m_tracks))
        waitMs = std::min(waitMs, track.nextAt.isValid() ? std::max<qint64>(0, at.msecsTo(track.nextAt)) : 0);
    m_timer->start(int(waitMs));
}

void PaymentWorker::advance(PaymentAttempt attempt, Track &track)
{
    attempt.createUncertain = track.createUncertain;
    attempt.cancelSent = track.cancelSent;
    // The create goes out only once the held order itself is on the backend, so every reason
    // to refuse the order is met before anybody is charged.
    if (attempt.status == PaymentStatus::Saved) {
        switch (m_store->heldOrderDelivery(attempt.orderId)) {
        case PaymentStore::HeldOrderDelivery::Queued:
            if (attempt.cancelRequested) {
                // Never sent (a create waits for the order): nothing can have been charged.
                m_store->recordReport(attempt.id, {PaymentStatus::Canceled, paymentCancelReasonCode(*attempt.cancelRequested), {}}, now());
                publish(attempt.id);
            } else {
                track.nextAt = now().addMSecs(m_pollIntervalMs);
            }
            return;
        case PaymentStore::HeldOrderDelivery::Refused:
            m_store->recordRefused(attempt.id, u"order_rejected"_s, now());
            publish(attempt.id);
            return;
        case PaymentStore::HeldOrderDelivery::Delivered:
            break;
        }
    }
    const PaymentStep step = nextPaymentStep(attempt, now(), m_settings.timeoutS);
    if (step.kind == PaymentStep::Kind::Done)
        return;
    // The kiosk's own timeout is recorded as a request before it is sent, like the customer's.
    if (step.kind == PaymentStep::Kind::Cancel && !attempt.cancelRequested) {
        m_store->requestCancel(attempt.id, step.cancelReason, now());
        publish(attempt.id);
    }
    QString why;
    if (m_port && !m_port->ready(&why)) {
        noteFailure(attempt, track, why, std::nullopt);
        return;
    }
    if (call(attempt, step, track)) {
        track.failures = 0;
        track.nextAt = step.kind == PaymentStep::Kind::Read ? now().addMSecs(m_pollIntervalMs) : QDateTime();
    }
}

bool PaymentWorker::call(const PaymentAttempt &attempt, const PaymentStep &step, Track &track)
{
    PaymentOutcome outcome;
    switch (step.kind) {
    case PaymentStep::Kind::Create:
        outcome = m_port->createPayment(attempt, m_store->heldOrderReceipt(attempt.orderId));
        break;
    case PaymentStep::Kind::Read:
        outcome = m_port->readPayment(attempt.id);
        break;
    case PaymentStep::Kind::Cancel:
        outcome = m_port->cancelPayment(attempt.id, step.cancelReason);
        break;
    case PaymentStep::Kind::Done:
        return true;
    }
    if (stopping())
        return false;
    if (const auto *known = std::get_if<PaymentOutcome::Known>(&outcome.result))
        return onKnown(attempt, step, known->report, track);
    if (std::holds_alternative<PaymentOutcome::Unknown>(outcome.result)) {
        // Not on the backend: the create never arrived. The same create goes next, never a new one.
        if (attempt.status != PaymentStatus::Saved)
            qCCritical(lcPayment).noquote() << u"payment %1 was %2 and the backend no longer knows it; sending its create again"_s
                                                   .arg(attempt.id, paymentStatusCode(attempt.status));
        track.createUncertain = false;
        return true;
    }
    if (const auto *refused = std::get_if<PaymentOutcome::Refused>(&outcome.result)) {
        if (step.kind != PaymentStep::Kind::Create) {
            noteFailure(attempt, track, u"%1 refused: %2 %3"_s.arg(stepName(step.kind), refused->code, refused->reason), std::nullopt);
            return false;
        }
        qCWarning(lcPayment).noquote() << u"payment for order %1 refused by the backend: %2 (%3)"_s.arg(
                                              attempt.orderNumber, refused->code, refused->reason);
        m_store->recordRefused(attempt.id, refused->code, now());
        if (refused->code == u"order_already_paid"_s)
            m_store->recordPaidElsewhere(attempt.orderId, now());
        publish(attempt.id);
        return true;
    }
    const auto &unavailable = std::get<PaymentOutcome::Unavailable>(outcome.result);
    // A create whose answer was lost may be on the backend: read before anything else.
    if (step.kind == PaymentStep::Kind::Create)
        track.createUncertain = true;
    noteFailure(attempt, track, u"%1: %2"_s.arg(stepName(step.kind), unavailable.reason), unavailable.retryAfter);
    return false;
}

bool PaymentWorker::onKnown(const PaymentAttempt &attempt, const PaymentStep &step, const PaymentReport &report,
                            Track &track)
{
    track.createUncertain = false;
    if (step.kind == PaymentStep::Kind::Cancel)
        track.cancelSent = true;
    // A create's answer says only that the backend has it; a status never goes back.
    const bool news = report.status != attempt.status
        && !(step.kind == PaymentStep::Kind::Create && attempt.status != PaymentStatus::Saved);
    if (!news && attempt.lastError.isEmpty())
        return true;
    if (!m_store->recordReport(attempt.id, report, now())) {
        qCCritical(lcPayment).noquote() << "cannot record a payment status:" << m_store->lastError();
        emit storageError(m_store->lastError());
        return false;
    }
    if (news)
        qCInfo(lcPayment).noquote() << u"payment for order %1: %2%3"_s.arg(
                                           attempt.orderNumber, paymentStatusCode(report.status),
                                           report.reason.isEmpty() ? QString() : u" ("_s + report.reason + u')');
    publish(attempt.id);
    if (report.status == PaymentStatus::Completed)
        emit orderPaid(attempt.orderId, attempt.orderNumber);
    return true;
}

void PaymentWorker::noteFailure(const PaymentAttempt &attempt, Track &track, const QString &reason,
                                std::optional<std::chrono::milliseconds> retryAfter)
{
    ++track.failures;
    qint64 delayMs = std::min<qint64>(MaxRetryDelayMs, qint64(m_pollIntervalMs) << std::min(track.failures, 6));
    if (retryAfter)
        delayMs = std::max<qint64>(delayMs, std::min<qint64>(retryAfter->count(), 30'000));
    track.nextAt = now().addMSecs(delayMs);
    qCInfo(lcPayment).noquote() << u"payment for order %1: %2; again in %3 ms"_s.arg(
                                       attempt.orderNumber, reason, QString::number(delayMs));
    if (attempt.lastError != reason && m_store->recordCallFailed(attempt.id, reason, now()))
        publish(attempt.id);
}

void PaymentWorker::publish(const QString &attemptId)
{
    std::optional<PaymentAttempt> attempt = m_store->attempt(attemptId);
    if (!attempt)
        return;
    if (const auto track = m_tracks.constFind(attemptId); track != m_tracks.cend()) {
        attempt->createUncertain = track->createUncertain;
        attempt->cancelSent = track->cancelSent;
    }
    emit attemptChanged(*attempt);
}

void PaymentWorker::finishRecoveryIfSettled()
{
    if (m_recoveryDone)
        return;
    for (auto it = m_recovering.begin(); it != m_recovering.end();) {
        if (m_tracks.contains(*it))
            return; // still open
        it = m_recovering.erase(it);
    }
    // Orders held at start with nothing open or paid now: nobody will pay for them. (Orders held
    // since are a customer's, at the kiosk now.)
    int dropped = 0;
    const QStringList orphans = m_store->orphanedHeldOrders();
    for (const QString &orderId : std::as_const(m_heldAtStart)) {
        if (!orphans.contains(orderId))
            continue;
        QString error;
        if (m_store->abandon(orderId, now(), &error))
            ++dropped;
        else
            qCWarning(lcPayment).noquote() << "cannot drop a held order left by the last run:" << error;
    }
    m_recoveryDone = true;
    if (dropped > 0)
        qCInfo(lcPayment) << dropped << "held order(s) nobody paid for queued for cancelling";
    emit recoveryFinished(dropped);
}

} // namespace kiosk
