// The real kiosk code taking card payments, in a process the payment torture test kills. It
// loads the kiosk (KioskServices: its sync and payment threads against the backend in the
// config), prints READY, then serves customers one after another with the calls the payment
// page makes: a held order, an attempt saved, the payment worker woken; on a decline or cancel
// it tries again, releases the order for the counter or abandons it; now and then the customer
// presses cancel. It prints what a customer would have been told, once it is durable:
//   ATTEMPT <attempt id> <order id>   the attempt is saved (the terminal may now be asked)
//   PAID <order id>                    the number is on screen, paid
//   COUNTER <order id>                 the number is on screen, pay at the counter
//   ABANDONED <order id>               back to the cart: the held order is dropped
// With --settle it serves nobody: it prints SETTLED once the last run's attempts are final,
// nothing is left held, and the outbox is empty. Usage: payment_child CONFIG_DIR DATA_DIR [--settle]
#include "domain/order.h"
#include "kioskservices.h"
#include "storage/database.h"
#include "storage/orderstore.h"
#include "storage/paymentstore.h"
#include "sync/curlglobal.h"
#include "sync/paymentservice.h"
#include "sync/syncservice.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>

using namespace kiosk;

namespace {

void say(const char *what, const QString &a, const QString &b = {})
{
    std::printf("%s %s%s%s\n", what, qPrintable(a), b.isEmpty() ? "" : " ", qPrintable(b));
    std::fflush(stdout);
}

int count(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    return st.next() ? int(st.int64(0)) : -1;
}

// One customer after another, each a card order, as the payment page drives them.
class Customers : public QObject
{
public:
    explicit Customers(KioskServices &services) : m_services(services)
    {
        connect(services.payments(), &PaymentService::attemptChanged, this, &Customers::onAttempt);
        m_cancelTimer.setSingleShot(true);
        connect(&m_cancelTimer, &QTimer::timeout, this, [this] {
            store().requestCancel(m_attemptId, PaymentCancelReason::SellerCanceled, QDateTime::currentDateTimeUtc());
            m_services.payments()->wake();
        });
    }

    void next()
    {
        const Menu &menu = m_services.config().menu;
        // An available item whose default choices complete it, as a customer would leave it.
        Cart cart;
        for (qsizetype tries = 0; cart.lines().isEmpty() && tries < menu.items().size() * 4; ++tries) {
            const MenuItem &item = menu.items().at(random(menu.items().size()));
            const ItemSelection selection = ItemSelection::withDefaults(menu, item);
            if (item.available && selection.isComplete())
                cart.add(selection, 1 + random(2));
        }
        if (cart.lines().isEmpty())
            return fail("no item can be ordered with its default choices");
        Order order = makeOrder(cart, m_services.config().kiosk.kioskId, DineOption::Here, QStringLiteral("en"),
                                m_services.config().kiosk.taxRateBps);
        order.payment = PaymentMethod::Card;
        if (!OrderStore(m_services.database()).commit(order, m_services.config().kiosk.orderPrefix).ok)
            fail("cannot save the order");
        m_orderId = order.id.toString(QUuid::WithoutBraces);
        m_services.sync()->wake();
        tryCard();
    }

private:
    PaymentStore &store() { return m_services.paymentStore(); }
    static int random(qsizetype bound) { return int(QRandomGenerator::global()->bounded(qint64(bound))); }
    static void fail(const char *why)
    {
        std::fprintf(stderr, "payment_child: %s\n", why);
        QCoreApplication::exit(1);
    }

    void tryCard()
    {
        QString error;
        const auto attempt = store().begin(m_orderId, m_services.config().kiosk.payment.terminalId,
                                           m_services.config().kiosk.currency, QDateTime::currentDateTimeUtc(), &error);
        if (!attempt)
            return fail(qPrintable(error));
        m_attemptId = attempt->id;
        say("ATTEMPT", m_attemptId, m_orderId);
        m_services.payments()->wake();
        if (random(5) == 0) // the customer presses cancel at some point
            m_cancelTimer.start(random(1500));
    }

    void onAttempt(const PaymentAttempt &attempt)
    {
        if (attempt.id != m_attemptId || !attempt.isFinal())
            return;
        m_cancelTimer.stop();
        m_attemptId.clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        if (attempt.status == PaymentStatus::Completed) {
            store().markNumberShown(m_orderId, now);
            say("PAID", m_orderId);
        } else if (const int choice = random(3); choice == 0) {
            return tryCard();
        } else if (choice == 1 && store().releaseForCounter(m_orderId, now, &error)) {
            m_services.sync()->wake();
            say("COUNTER", m_orderId);
        } else {
            // Back to the cart (or the counter could not take it: the backend refused the order).
            if (!store().abandon(m_orderId, now, &error))
                return fail(qPrintable(error));
            m_services.sync()->wake();
            say("ABANDONED", m_orderId);
        }
        QTimer::singleShot(random(50), this, [this] { next(); });
    }

    KioskServices &m_services;
    QTimer m_cancelTimer;
    QString m_orderId;
    QString m_attemptId;
};

} // namespace

int main(int argc, char *argv[])
{
    const CurlGlobal curl;
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: payment_child CONFIG_DIR DATA_DIR [--settle]\n");
        return 2;
    }
    const bool settle = argc > 3 && qstrcmp(argv[3], "--settle") == 0;
    KioskServices services;
    QString error;
    if (!services.start({QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                         KioskServices::HealthListener::Off},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("READY\n"); // the driver times its kills from here
    std::fflush(stdout);
    if (settle) {
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &app, [&] {
            Database &db = services.database();
            if (services.payments()->isRecovering()
                || count(db, "SELECT count(*) FROM payment_attempts WHERE status IN ('saved','pending','in_progress')") != 0
                || count(db, "SELECT count(*) FROM orders WHERE payment_state = 'awaiting_payment'") != 0
                || count(db, "SELECT count(*) FROM outbox WHERE state = 'pending'") != 0)
                return;
            std::printf("SETTLED failed=%d\n", count(db, "SELECT count(*) FROM outbox WHERE state = 'failed'"));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        check.start(100);
        return app.exec();
    }
    Customers customers(services);
    QTimer::singleShot(0, &customers, [&customers] { customers.next(); });
    return app.exec();
}
