// refpos: the reference point-of-sale / loyalty backend (docs/backend-api.md).
#include "refpos/adminapi.h"
#include "refpos/api.h"
#include "refpos/simkit.h"
#include "simkit/commandline.h"
#include "refpos/grantedrewards.h"
#include "refpos/heldorders.h"
#include "refpos/menudocument.h"
#include "refpos/options.h"
#include "refpos/paymentadmin.h"
#include "refpos/paymentclock.h"
#include "refpos/promotionsettlement.h"
#include "refpos/payments.h"
#include "refpos/stats.h"
#include "refpos/store.h"
#include "refpos/terminal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <cstdio>

using namespace kiosk::refpos;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    return kiosk::simkit::failure("refpos", message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"refpos"_s);

    QString error;
    QString help;
    const std::optional<Options> options = parseOptions(app.arguments(), &error, &help);
    if (!options)
        return kiosk::simkit::helpOrFailure("refpos", error, help);

    std::unique_ptr<Store> store = Store::open(options->databasePath, &error);
    if (!store)
        return fail(error);
    MenuDocument menu;
    if (!options->menuPath.isEmpty()) {
        if (!menu.load(options->menuPath, &error))
            return fail(error);
        menu.applyAvailability(store->availability());
    }
    Offers offers;
    if (!options->welcomeRewardItem.isEmpty()) {
        offers.welcomeReward = welcomeReward(menu.document(), options->welcomeRewardItem, &error);
        if (!offers.welcomeReward)
            return fail(error);
    }
    if (!options->promotionsPath.isEmpty()) {
        const std::optional<QList<kiosk::Promotion>> promotions =
            readPromotionsFile(options->promotionsPath, &error);
        if (!promotions)
            return fail(error);
        offers.promotions = *promotions;
    }
    const std::optional<kiosk::simkit::Tokens> tokens =
        kiosk::simkit::readTokens(options->tokenFile, options->adminTokenFile, &error);
    if (!tokens)
        return fail(error);

    const quint32 seed = options->seed.value_or(quint32(QDateTime::currentMSecsSinceEpoch()));
    FaultInjector faults(seed, u"/v1/"_s, u"/v1/health"_s);
    faults.setConfig(options->faults);
    Stats stats;
    Terminal terminal(store->database(), options->terminalAuto);
    PaymentClock clock(store->database());
    Payments payments(store->database(), terminal, clock);
    HeldOrders heldOrders(store->database(), clock);
    PaymentAdmin paymentAdmin(store->database(), terminal, clock);
    Api api(*store, menu, stats, tokens->api, payments, heldOrders, std::move(offers));
    AdminApi admin(*store, menu, faults, stats, BearerToken(tokens->admin), paymentAdmin);
    // Due outcomes apply on every read too; the timer makes a card approved with nobody
    // asking release its order all the same (and, after a restart, at once).
    QTimer paymentTick;
    QObject::connect(&paymentTick, &QTimer::timeout, &app, [&clock] {
        QString tickError;
        if (!clock.settle(&tickError))
            std::fprintf(stderr, "refpos: payments: %s\n", qPrintable(tickError));
    });
    paymentTick.start(100);
    const auto route = [&api, &admin](const Request &request) {
        if (request.path.startsWith(u"/v1/"))
            return api.handle(request);
        if (request.path.startsWith(u"/admin/"))
            return admin.handle(request);
        return Response::notFound(request);
    };
    Server server(route, &Response::error, faults, stats);
    SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        return fail(u"cannot watch for SIGTERM and SIGINT"_s);
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    const quint16 port = server.listenOnLoopback(options->port, &error);
    if (port == 0)
        return fail(error);
    // Tests and scripts wait for exactly this line.
    std::printf("refpos listening on 127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    std::fprintf(stderr, "refpos: fault seed %u\n", unsigned(seed));
    return app.exec();
}
