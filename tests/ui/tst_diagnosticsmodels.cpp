// The staff diagnostics pages' models (health checks, recent errors, outbox entries, calls for
// staff): each refresh changes only the rows that changed, so a page scrolled down stays put.
#include "modelspies.h"
#include "ui/assistcalllistmodel.h"
#include "ui/healthchecklistmodel.h"
#include "ui/outboxentrylistmodel.h"
#include "ui/paidorderlistmodel.h"
#include "ui/paymentattemptlistmodel.h"
#include "ui/recenterrorlistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kiosk::RecentErrorListModel;
using kiosk::test::ModelSpies;
using kiosk::test::qmlCount;

namespace {

const QDateTime noon(QDate(2026, 3, 2), QTime(12, 0, 5));

kiosk::HealthCheck check(const QString &component, kiosk::HealthStatus status, const QVariant &value,
                         const QString &unit)
{
    kiosk::HealthCheck check;
    check.component = component;
    check.measurement = u"depth"_s;
    check.status = status;
    check.observedValue = value;
    check.unit = unit;
    check.time = noon;
    return check;
}

QList<kiosk::HealthCheck> checks()
{
    return {check(u"outbox"_s, kiosk::HealthStatus::Pass, 3, u"entries"_s),
            check(u"backend"_s, kiosk::HealthStatus::Pass, 12.34, u"ms"_s),
            check(u"disk"_s, kiosk::HealthStatus::Pass, QVariant(), u"MiB"_s)};
}

kiosk::OutboxEntry entry(qint64 seq, kiosk::OutboxEntry::State state)
{
    kiosk::OutboxEntry entry;
    entry.seq = seq;
    entry.kind = u"order"_s;
    entry.orderNumber = u"K1-%1"_s.arg(seq, 3, 10, QChar(u'0'));
    entry.state = state;
    entry.createdAt = noon;
    return entry;
}

kiosk::PaymentAttempt attempt(const QString &id, int ageS, kiosk::PaymentStatus status)
{
    kiosk::PaymentAttempt attempt;
    attempt.id = id;
    attempt.orderNumber = u"T-0%1"_s.arg(id.right(1));
    attempt.amount = 974;
    attempt.currency = u"USD"_s;
    attempt.createdAt = noon.addSecs(-ageS);
    attempt.status = status;
    return attempt;
}

kiosk::PaidOrder paidOrder(const QString &id, const QString &problem = {})
{
    return {id, u"T-%1"_s.arg(id), u"pay-"_s + id, 1250, noon, problem};
}

} // namespace

class TestDiagnosticsModels : public QObject
{
    Q_OBJECT

private slots:
    void openPaymentAttemptsShowAgeAndOverdue()
    {
        using M = kiosk::PaymentAttemptListModel;
        M model;
        ModelSpies spies(&model);
        model.setAttempts({attempt(u"a1"_s, 130, kiosk::PaymentStatus::InProgress),
                           attempt(u"a2"_s, 20, kiosk::PaymentStatus::Saved)},
                          noon, 120);
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 1}}));
        QCOMPARE(qmlCount(&model), 2);
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, M::AttemptIdRole).toString(), u"a1"_s);
        QCOMPARE(at(0, M::AmountTextRole).toString(), u"$9.74"_s);
        QCOMPARE(at(0, M::StatusRole).toString(), u"in_progress"_s);
        QCOMPARE(at(0, M::AgeSecondsRole).toInt(), 130);
        QCOMPARE(at(0, M::OverdueRole).toBool(), true);
        QCOMPARE(at(1, M::OverdueRole).toBool(), false);
        QCOMPARE(model.roleNames().value(M::LastErrorRole), "lastError");

        // A refresh a minute later: a1 settled and went, a2 aged in place, nothing reset.
        spies.clear();
        kiosk::PaymentAttempt later = attempt(u"a2"_s, 20, kiosk::PaymentStatus::Pending);
        later.lastError = u"timeout"_s;
        model.setAttempts({later}, noon.addSecs(110), 120);
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.reset.isEmpty());
        QVERIFY(!spies.changed.isEmpty());
        QCOMPARE(at(0, M::AgeSecondsRole).toInt(), 130);
        QCOMPARE(at(0, M::OverdueRole).toBool(), true);
        QCOMPARE(at(0, M::StatusRole).toString(), u"pending"_s);
        QCOMPARE(at(0, M::LastErrorRole).toString(), u"timeout"_s);
    }

    void paidOrdersShowNumberPaymentIdAndProblem()
    {
        using M = kiosk::PaidOrderListModel;
        M model;
        ModelSpies spies(&model);
        model.setOrders({paidOrder(u"1"_s), paidOrder(u"2"_s, u"order_not_held"_s)}, u"USD"_s);
        QCOMPARE(qmlCount(&model), 2);
        const auto at = [&](int row, int role) { return model.data(model.index(row), role).toString(); };
        QCOMPARE(at(0, M::OrderIdRole), u"1"_s);
        QCOMPARE(at(0, M::OrderNumberRole), u"T-1"_s);
        QCOMPARE(at(1, M::PaymentIdRole), u"pay-2"_s);
        QCOMPARE(at(1, M::AmountTextRole), u"$12.50"_s);
        QCOMPARE(at(1, M::ProblemRole), u"order_not_held"_s);
        QCOMPARE(at(0, M::PaidTextRole), noon.toLocalTime().toString(u"HH:mm"));
        spies.clear();
        model.setOrders({paidOrder(u"2"_s, u"order_not_held"_s)}, u"USD"_s); // order 1's number was handed over
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.reset.isEmpty());
    }

    void healthChecksShowStatusAndValue()
    {
        kiosk::HealthCheckListModel model;
        ModelSpies spies(&model);
        model.setChecks(checks());
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 2}}));
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 3);
        const auto at = [&](int row, int role) { return model.data(model.index(row), role).toString(); };
        QCOMPARE(at(0, kiosk::HealthCheckListModel::KeyRole), u"outbox:depth"_s);
        QCOMPARE(model.data(model.index(0), kiosk::HealthCheckListModel::StatusRole).value<kiosk::HealthCheckListModel::Status>(),
                 kiosk::HealthCheckListModel::Status::Pass);
        QCOMPARE(at(0, kiosk::HealthCheckListModel::ValueTextRole), u"3 entries"_s);
        QCOMPARE(at(1, kiosk::HealthCheckListModel::ValueTextRole), u"12.3 ms"_s);
        QCOMPARE(at(2, kiosk::HealthCheckListModel::ValueTextRole), QString());
        QCOMPARE(at(0, kiosk::HealthCheckListModel::TimeTextRole), noon.toString(u"HH:mm:ss"));
        QCOMPARE(model.roleNames().value(kiosk::HealthCheckListModel::OutputRole), "output");
    }

    void aNewReportUpdatesChecksInPlace()
    {
        kiosk::HealthCheckListModel model;
        model.setChecks(checks());
        ModelSpies spies(&model);
        QList<kiosk::HealthCheck> next = checks();
        next[1].status = kiosk::HealthStatus::Warn;
        next[1].output = u"slow"_s;
        model.setChecks(next);
        QVERIFY(spies.inPlace());
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(spies.changedRows(), (QList<int>{1}));
        QCOMPARE(spies.changedRoles(0),
                 (QList<int>{kiosk::HealthCheckListModel::StatusRole, kiosk::HealthCheckListModel::OutputRole}));
        QCOMPARE(model.data(model.index(1), kiosk::HealthCheckListModel::StatusRole).value<kiosk::HealthCheckListModel::Status>(),
                 kiosk::HealthCheckListModel::Status::Warn);

        spies.clear();
        model.setChecks(next);
        QVERIFY(spies.silent());
    }

    void aNewCheckIsInserted()
    {
        kiosk::HealthCheckListModel model;
        model.setChecks(checks());
        ModelSpies spies(&model);
        QList<kiosk::HealthCheck> next = checks();
        next.insert(1, check(u"printer"_s, kiosk::HealthStatus::Fail, u"offline"_s, {}));
        model.setChecks(next);
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{1, 1}}));
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 4);
    }

    void recentErrorsNewestFirst()
    {
        kiosk::RecentErrorLog log(3);
        log.record(QtWarningMsg, u"kiosk.sync"_s, u"first"_s);
        log.record(QtCriticalMsg, u"kiosk.db"_s, u"second"_s);
        kiosk::RecentErrorListModel model;
        ModelSpies spies(&model);
        model.setMessages(log.messages());
        QCOMPARE(qmlCount(&model), 2);
        QCOMPARE(model.data(model.index(0), RecentErrorListModel::MessageRole).toString(), u"second"_s);
        QCOMPARE(model.data(model.index(0), RecentErrorListModel::LevelRole).value<RecentErrorListModel::Level>(),
                 RecentErrorListModel::Level::Critical);
        QCOMPARE(model.data(model.index(1), RecentErrorListModel::LevelRole).value<RecentErrorListModel::Level>(),
                 RecentErrorListModel::Level::Warning);
        QCOMPARE(model.data(model.index(1), RecentErrorListModel::CategoryRole).toString(), u"kiosk.sync"_s);

        // A third message comes in at the top; a fourth pushes the first out at the bottom.
        spies.clear();
        log.record(QtWarningMsg, u"kiosk.sync"_s, u"second"_s);
        model.setMessages(log.messages());
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.removed.isEmpty());
        QVERIFY(spies.changed.isEmpty());
        QCOMPARE(spies.count.size(), 1);

        spies.clear();
        log.record(QtWarningMsg, u"kiosk.sync"_s, u"fourth"_s);
        model.setMessages(log.messages());
        // Removed first, so the oldest was at row 2 then.
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{2, 2}}));
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.reset.isEmpty());
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(model.data(model.index(2), RecentErrorListModel::MessageRole).toString(), u"second"_s);

        spies.clear();
        model.setMessages(log.messages());
        QVERIFY(spies.silent());
    }

    void outboxEntryFailingInPlace()
    {
        using State = kiosk::OutboxEntry::State;
        kiosk::OutboxEntryListModel model;
        ModelSpies spies(&model);
        QSignalSpy failed(&model, &kiosk::OutboxEntryListModel::failedCountChanged);
        model.setEntries({entry(1, State::Pending), entry(2, State::Pending)});
        QCOMPARE(qmlCount(&model), 2);
        QCOMPARE(model.property("failedCount").toInt(), 0);
        QVERIFY(failed.isEmpty());
        QCOMPARE(model.data(model.index(1), kiosk::OutboxEntryListModel::OrderNumberRole).toString(), u"K1-002"_s);
        QCOMPARE(model.data(model.index(1), kiosk::OutboxEntryListModel::StateRole).value<kiosk::OutboxEntryListModel::State>(),
                 kiosk::OutboxEntryListModel::State::Pending);

        spies.clear();
        kiosk::OutboxEntry failing = entry(2, State::Failed);
        failing.attempts = 5;
        failing.lastError = u"HTTP 422"_s;
        model.setEntries({entry(1, State::Pending), failing});
        QVERIFY(spies.inPlace());
        QVERIFY(spies.count.isEmpty());
        QCOMPARE(spies.changedRows(), (QList<int>{1}));
        QCOMPARE(spies.changedRoles(0),
                 (QList<int>{kiosk::OutboxEntryListModel::StateRole, kiosk::OutboxEntryListModel::AttemptsRole,
                             kiosk::OutboxEntryListModel::LastErrorRole}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.property("failedCount").toInt(), 1);

        // The first is delivered: it leaves the list.
        spies.clear();
        failed.clear();
        model.setEntries({failing});
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(spies.count.size(), 1);
        QVERIFY(failed.isEmpty());
    }

    void assistCallsComeAndGo()
    {
        kiosk::AssistCallListModel model;
        ModelSpies spies(&model);
        model.setCalls({{u"c1"_s, u"payment"_s, noon}});
        QCOMPARE(qmlCount(&model), 1);
        QCOMPARE(model.data(model.index(0), kiosk::AssistCallListModel::ReasonRole).toString(), u"payment"_s);
        QCOMPARE(model.data(model.index(0), kiosk::AssistCallListModel::CreatedAtTextRole).toString(),
                 noon.toLocalTime().toString(u"HH:mm:ss"));
        QCOMPARE(model.roleNames().value(kiosk::AssistCallListModel::CallIdRole), "callId");

        spies.clear();
        model.setCalls({{u"c1"_s, u"payment"_s, noon}, {u"c2"_s, u"other"_s, noon}});
        QCOMPARE(ModelSpies::ranges(spies.inserted), (QList<QList<int>>{{1, 1}}));
        QVERIFY(spies.changed.isEmpty());

        spies.clear();
        model.setCalls({{u"c2"_s, u"other"_s, noon}});
        QCOMPARE(ModelSpies::ranges(spies.removed), (QList<QList<int>>{{0, 0}}));
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(spies.count.size(), 1);
        QCOMPARE(qmlCount(&model), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsModels)
#include "tst_diagnosticsmodels.moc"
