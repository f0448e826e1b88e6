#include "ui/feedbackcontroller.h"

#include "domain/feedbackpolicy.h"
#include "storage/feedbackstore.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFeedback, "kiosk.feedback")

namespace kiosk {

FeedbackController::FeedbackController(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
}

void FeedbackController::setStorage(Database *db, const KioskConfig::Feedback &settings)
{
    m_db = db;
    m_settings = settings;
    reset(State::Idle);
    refreshStats();
}

void FeedbackController::beginOrder(const QUuid &orderId, int orderSequence)
{
    reset(m_db ? State::Asking : State::Idle);
    m_orderId = orderId;
    m_asksNps = kiosk::asksNps(orderSequence, m_settings.npsSharePercent);
    emit changed();
}

void FeedbackController::finish()
{
    if (m_state == State::Asking && hasAnswer())
        save();
    reset(State::Idle);
}

int FeedbackController::commentMaxLength() const
{
    return FeedbackCommentMaxLength;
}

bool FeedbackController::hasAnswer() const
{
    return m_csat > 0 || m_nps >= 0 || !m_comment.trimmed().isEmpty();
}

void FeedbackController::answerCsat(int csat)
{
    if (m_state != State::Asking || csat < 1 || csat > 5)
        return;
    m_csat = csat;
    emit changed();
    emit interacted();
    // The face is the whole questionnaire: one tap is the answer.
    if (!m_asksNps && !m_settings.commentEnabled)
        save();
}

void FeedbackController::answerNps(int nps)
{
    if (m_state != State::Asking || !m_asksNps || nps < 0 || nps > 10)
        return;
    m_nps = nps;
    emit changed();
    emit interacted();
}

void FeedbackController::openComment()
{
    if (m_state != State::Asking || !m_settings.commentEnabled || m_commentOpen)
        return;
    m_commentOpen = true;
    emit changed();
    emit interacted();
}

void FeedbackController::closeComment()
{
    if (!m_commentOpen)
        return;
    m_commentOpen = false;
    emit changed();
    emit interacted();
}

void FeedbackController::typeText(const QString &text)
{
    if (m_state != State::Asking || !m_commentOpen)
        return;
    const qsizetype room = FeedbackCommentMaxLength - m_comment.size();
    if (room > 0)
        m_comment += text.left(room);
    emit changed();
    emit interacted();
}

void FeedbackController::erase()
{
    if (m_state != State::Asking || m_comment.isEmpty())
        return;
    m_comment.chop(1);
    emit changed();
    emit interacted();
}

bool FeedbackController::send()
{
    if (m_state != State::Asking || !hasAnswer())
        return false;
    emit interacted();
    return save();
}

bool FeedbackController::save()
{
    FeedbackRequest request;
    request.id = QUuid::createUuid();
    request.orderId = m_orderId;
    if (m_csat > 0)
        request.csat = m_csat;
    if (m_nps >= 0)
        request.nps = m_nps;
    const QString comment = m_comment.trimmed();
    if (!comment.isEmpty())
        request.comment = comment;
    request.language = m_language;
    request.createdAt = m_clock().toUTC();

    QString error;
    if (!m_db || !FeedbackStore(*m_db).save(request, &error)) {
        qCWarning(lcFeedback) << "feedback not saved:" << error;
        m_state = State::Failed;
        m_commentOpen = false;
        emit changed();
        return false;
    }
    // Never the comment in the log: customers may type anything.
    qCInfo(lcFeedback).nospace() << "feedback saved: csat " << m_csat << ", nps " << m_nps
                                 << ", comment " << comment.size() << " characters";
    m_state = State::Thanked;
    m_commentOpen = false;
    emit changed();
    if (m_wakeSync)
        m_wakeSync();
    refreshStats();
    return true;
}

void FeedbackController::reset(State state)
{
    m_state = state;
    m_orderId = QUuid();
    m_csat = 0;
    m_nps = -1;
    m_asksNps = false;
    m_commentOpen = false;
    m_comment.clear();
    emit changed();
}

void FeedbackController::refreshStats()
{
    FeedbackReport report;
    if (m_db) {
        const QDateTime now = m_clock();
        const auto answers = FeedbackStore(*m_db).answersSince(feedbackWindowStart(now, 7));
        if (answers)
            report = feedbackReport(*answers, now);
        else
            qCWarning(lcFeedback) << "cannot read the feedback for the statistics";
    }
    m_report = report;
    emit statsChanged();
}

void FeedbackController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit statsChanged(); // "4.3" becomes "4,3"
}

QString FeedbackController::tenthsText(const std::optional<int> &tenths) const
{
    // QLocale(u"es").decimalPoint() is ",": the averages read as numbers do in that language.
    const QString point = QLocale(m_language).decimalPoint();
    return tenths ? formatTenths(*tenths, point.isEmpty() ? u'.' : point.front()) : QString();
}

QString FeedbackController::todayCsat() const
{
    return tenthsText(m_report.today.csatAverageTenths);
}

QString FeedbackController::todayNps() const
{
    return tenthsText(m_report.today.npsTenths);
}

QString FeedbackController::weekCsat() const
{
    return tenthsText(m_report.last7Days.csatAverageTenths);
}

QString FeedbackController::weekNps() const
{
    return tenthsText(m_report.last7Days.npsTenths);
}

} // namespace kiosk
