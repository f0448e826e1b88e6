#pragma once

#include "config/kioskconfig.h"
#include "domain/feedbackstats.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace kiosk {

class Database;

// The feedback card under the order number: a CSAT face (1-5), on some orders the NPS
// question (0-10, asksNps), and an optional comment typed on the page's keyboard.
// Answers are saved with their outbox entry in one transaction:
// - at once when the face is the only question (no NPS, no comment offered): one tap;
// - on send(), which then thanks the customer;
// - when the customer leaves the screen (finish()): an answer given is an answer kept.
// It also gives diagnostics today's and the last 7 days' CSAT and NPS.
class FeedbackController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(int csat READ csat NOTIFY changed)            // 0: not answered
    Q_PROPERTY(int nps READ nps NOTIFY changed)              // -1: not answered
    Q_PROPERTY(bool asksNps READ asksNps NOTIFY changed)
    Q_PROPERTY(bool commentEnabled READ commentEnabled NOTIFY changed)
    Q_PROPERTY(bool commentOpen READ commentOpen NOTIFY changed)
    Q_PROPERTY(QString comment READ comment NOTIFY changed)
    Q_PROPERTY(int commentMaxLength READ commentMaxLength CONSTANT)
    Q_PROPERTY(bool hasAnswer READ hasAnswer NOTIFY changed)
    // Diagnostics: "4.3", "-12.5"; empty when nobody answered in the window.
    Q_PROPERTY(int todayAnswers READ todayAnswers NOTIFY statsChanged)
    Q_PROPERTY(QString todayCsat READ todayCsat NOTIFY statsChanged)
    Q_PROPERTY(int todayCsatCount READ todayCsatCount NOTIFY statsChanged)
    Q_PROPERTY(QString todayNps READ todayNps NOTIFY statsChanged)
    Q_PROPERTY(int todayNpsCount READ todayNpsCount NOTIFY statsChanged)
    Q_PROPERTY(int weekAnswers READ weekAnswers NOTIFY statsChanged)
    Q_PROPERTY(QString weekCsat READ weekCsat NOTIFY statsChanged)
    Q_PROPERTY(int weekCsatCount READ weekCsatCount NOTIFY statsChanged)
    Q_PROPERTY(QString weekNps READ weekNps NOTIFY statsChanged)
    Q_PROPERTY(int weekNpsCount READ weekNpsCount NOTIFY statsChanged)

public:
    // Idle: no order on screen. Asking: the card is up. Thanked: saved, "Thank you".
    // Failed: the answer could not be saved (the card says so; the order is unaffected).
    enum class State { Idle, Asking, Thanked, Failed };
    Q_ENUM(State)

    explicit FeedbackController(QObject *parent = nullptr);

    // The session's database (nullptr: none yet) and the config's "feedback" section.
    void setStorage(Database *db, const KioskConfig::Feedback &settings);
    // The language answers are recorded in, and the averages are written for.
    void setLanguage(const QString &language);
    // Called after each save so the outbox goes out at once.
    void setWakeSync(std::function<void()> wake) { m_wakeSync = std::move(wake); }
    // Tests pin the clock; the stats' days are local calendar days of this clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // An order was confirmed: the card asks about it.
    void beginOrder(const QUuid &orderId, int orderSequence);
    // The customer leaves the confirmation: answers given are saved, the card closes.
    void finish();

    State state() const { return m_state; }
    int csat() const { return m_csat; }
    int nps() const { return m_nps; }
    bool asksNps() const { return m_asksNps; }
    bool commentEnabled() const { return m_settings.commentEnabled; }
    bool commentOpen() const { return m_commentOpen; }
    QString comment() const { return m_comment; }
    int commentMaxLength() const;
    bool hasAnswer() const;

    int todayAnswers() const { return m_report.today.answers; }
    QString todayCsat() const;
    int todayCsatCount() const { return m_report.today.csatCount; }
    QString todayNps() const;
    int todayNpsCount() const { return m_report.today.npsCount; }
    int weekAnswers() const { return m_report.last7Days.answers; }
    QString weekCsat() const;
    int weekCsatCount() const { return m_report.last7Days.csatCount; }
    QString weekNps() const;
    int weekNpsCount() const { return m_report.last7Days.npsCount; }

    Q_INVOKABLE void answerCsat(int csat);
    Q_INVOKABLE void answerNps(int nps);
    Q_INVOKABLE void openComment();
    Q_INVOKABLE void closeComment();
    // The keyboard's keys: text is added up to commentMaxLength, erase() removes one character.
    Q_INVOKABLE void typeText(const QString &text);
    Q_INVOKABLE void erase();
    // Saves the answers given and thanks the customer; false if there is nothing to save or
    // saving failed.
    Q_INVOKABLE bool send();
    Q_INVOKABLE void refreshStats();

signals:
    void changed();
    void statsChanged();
    // Any tap on the card: the confirmation screen restarts its countdown.
    void interacted();

private:
    bool save();
    void reset(State state);

    Database *m_db = nullptr;
    KioskConfig::Feedback m_settings;
    QString tenthsText(const std::optional<int> &tenths) const;

    QString m_language = QStringLiteral("en");
    std::function<void()> m_wakeSync;
    std::function<QDateTime()> m_clock;

    State m_state = State::Idle;
    QUuid m_orderId;
    int m_csat = 0;
    int m_nps = -1;
    bool m_asksNps = false;
    bool m_commentOpen = false;
    QString m_comment;
    FeedbackReport m_report;
};

} // namespace kiosk
