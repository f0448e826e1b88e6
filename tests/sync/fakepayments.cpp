#include "fakepayments.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <algorithm>
#include <utility>

namespace kiosk::test {

namespace {

PaymentOutcome answered(PaymentOutcome outcome, int status)
{
    outcome.reach = Reach::Reached;
    outcome.httpStatus = status;
    return outcome;
}

PaymentOutcome unavailable(const QString &reason, bool unreachable)
{
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Unavailable{reason};
    outcome.reach = unreachable ? Reach::Unreachable : Reach::Unknown;
    outcome.httpStatus = unreachable ? 0 : 503;
    return outcome;
}

PaymentOutcome unknown()
{
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Unknown{};
    return answered(outcome, 404);
}

QString orderIdOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("order_id")).toString();
}

} // namespace

PaymentReport FakePayments::report(PaymentStatus status)
{
    PaymentReport r;
    r.status = status;
    if (status == PaymentStatus::Declined)
        r.reason = QStringLiteral("Insufficient funds");
    else if (status == PaymentStatus::Canceled)
        r.reason = QStringLiteral("buyer_canceled");
    else if (status == PaymentStatus::Completed)
        r.card = CardSummary{QStringLiteral("VISA"), QStringLiteral("4242")};
    return r;
}

void FakePayments::scriptPaymentReports(const QList<PaymentReport> &reports, const QString &paymentId)
{
    QMutexLocker lock(&m_mutex);
    if (paymentId.isEmpty())
        m_nextScript.append(reports);
    else if (auto it = m_payments.find(paymentId); it != m_payments.end())
        it->script.append(reports);
    else
        m_scripts[paymentId].append(reports);
}

void FakePayments::scriptPaymentStatuses(const QList<PaymentStatus> &statuses, const QString &paymentId)
{
    QList<PaymentReport> reports;
    for (PaymentStatus status : statuses)
        reports.append(report(status));
    scriptPaymentReports(reports, paymentId);
}

void FakePayments::setCancelLag(int reads)
{
    QMutexLocker lock(&m_mutex);
    m_cancelLag = reads;
}

void FakePayments::completeOnNextCancel()
{
    QMutexLocker lock(&m_mutex);
    m_completeOnCancel = true;
}

void FakePayments::failNextPaymentCalls(int calls, bool unreachable)
{
    QMutexLocker lock(&m_mutex);
    m_failCalls = calls;
    m_failUnreachable = unreachable;
}

void FakePayments::loseNextCreateAnswer()
{
    QMutexLocker lock(&m_mutex);
    m_loseCreateAnswer = true;
}

void FakePayments::refuseNextCreate(const QString &code)
{
    QMutexLocker lock(&m_mutex);
    m_refuseCode = code;
}

QStringList FakePayments::paymentIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_order;
}

int FakePayments::creates(const QString &paymentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(paymentId).creates;
}

int FakePayments::reads(const QString &paymentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(paymentId).reads;
}

int FakePayments::cancels(const QString &paymentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(paymentId).cancels;
}

int FakePayments::totalCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_totalCalls;
}

QList<QByteArray> FakePayments::createBodies(const QString &paymentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(paymentId).bodies;
}

QList<PaymentCancelReason> FakePayments::cancelReasons(const QString &paymentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(paymentId).reasons;
}

std::optional<PaymentReport> FakePayments::current(const QString &paymentId) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_payments.contains(paymentId))
        return std::nullopt;
    return m_payments.value(paymentId).report;
}

int FakePayments::completedFor(const QString &orderId) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_payments.cbegin(), m_payments.cend(), [&](const Payment &p) {
        return p.orderId == orderId && p.report.status == PaymentStatus::Completed;
    }));
}

std::optional<PaymentOutcome> FakePayments::takeFault()
{
    ++m_totalCalls;
    if (m_failCalls <= 0)
        return std::nullopt;
    --m_failCalls;
    return unavailable(m_failUnreachable ? QStringLiteral("connect: refused") : QStringLiteral("HTTP 503"),
                       m_failUnreachable);
}

PaymentOutcome FakePayments::known(const PaymentReport &report)
{
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Known{report};
    return answered(outcome, 200);
}

// One read's worth of the terminal: a cancel it was asked for takes effect once its lag is
// over, otherwise the script moves on. A final payment never moves again.
void FakePayments::advance(Payment &payment)
{
    if (isFinal(payment.report.status))
        return;
    if (payment.cancelPending && payment.cancelLag-- <= 0) {
        payment.report = PaymentReport{PaymentStatus::Canceled, paymentCancelReasonCode(*payment.cancelPending), {}};
        return;
    }
    if (!payment.script.isEmpty())
        payment.report = payment.script.takeFirst();
}

PaymentOutcome FakePayments::create(const PaymentAttempt &attempt)
{
    QMutexLocker lock(&m_mutex);
    Calls &calls = m_calls[attempt.id];
    ++calls.creates;
    calls.bodies.append(attempt.body);
    if (std::optional<PaymentOutcome> fault = takeFault())
        return *fault;
    if (auto it = m_payments.constFind(attempt.id); it != m_payments.cend()) {
        // Contract v1: a replay answers the first answer; another body under the key is a 409
        // idempotency_conflict, which the adapter reads as "ask for the status".
        if (it->firstBody != attempt.body)
            return answered(unavailable(QStringLiteral("HTTP 409: idempotency_conflict"), false), 409);
        return answered(known(PaymentReport{}), 200);
    }
    if (!m_refuseCode.isEmpty()) {
        PaymentOutcome outcome;
        outcome.result = PaymentOutcome::Refused{m_refuseCode, QStringLiteral("HTTP 409: refused")};
        m_refuseCode.clear();
        return answered(outcome, 409);
    }
    Payment payment;
    payment.orderId = orderIdOf(attempt.body);
    payment.firstBody = attempt.body;
    payment.script = m_scripts.take(attempt.id);
    if (payment.script.isEmpty())
        payment.script = std::exchange(m_nextScript, {});
    m_payments.insert(attempt.id, payment);
    m_order.append(attempt.id);
    if (std::exchange(m_loseCreateAnswer, false))
        return unavailable(QStringLiteral("timeout: the answer was lost"), true);
    return answered(known(PaymentReport{}), 201);
}

PaymentOutcome FakePayments::read(const QString &paymentId)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls[paymentId].reads;
    if (std::optional<PaymentOutcome> fault = takeFault())
        return *fault;
    auto it = m_payments.find(paymentId);
    if (it == m_payments.end())
        return unknown();
    advance(*it);
    return known(it->report);
}

PaymentOutcome FakePayments::cancel(const QString &paymentId, PaymentCancelReason reason)
{
    QMutexLocker lock(&m_mutex);
    Calls &calls = m_calls[paymentId];
    ++calls.cancels;
    calls.reasons.append(reason);
    if (std::optional<PaymentOutcome> fault = takeFault())
        return *fault;
    auto it = m_payments.find(paymentId);
    if (it == m_payments.end())
        return unknown();
    Payment &payment = *it;
    // A cancel is a request: a final payment keeps its status (approved a moment earlier).
    if (isFinal(payment.report.status))
        return known(payment.report);
    if (std::exchange(m_completeOnCancel, false)) {
        payment.report = report(PaymentStatus::Completed);
        return known(payment.report);
    }
    if (!payment.cancelPending) {
        payment.cancelPending = reason;
        payment.cancelLag = m_cancelLag;
    }
    if (payment.cancelLag <= 0)
        advance(payment);
    return known(payment.report);
}

} // namespace kiosk::test
