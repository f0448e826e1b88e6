// squaresim: the local Square simulator (app/squaresim, docs/square.md).
#include "simkit/faultinjector.h"
#include "simkit/commandline.h"
#include "simkit/server.h"
#include "simkit/signalwatcher.h"
#include "squaresim/admin.h"
#include "squaresim/api.h"
#include "squaresim/catalog.h"
#include "squaresim/checkouts.h"
#include "squaresim/loyalty.h"
#include "squaresim/options.h"
#include "squaresim/orders.h"
#include "squaresim/seed.h"
#include "squaresim/terminal.h"
#include "squaresim/violations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <cstdio>

using namespace kiosk;
using namespace kiosk::squaresim;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    return simkit::failure("squaresim", message);
}

// The seed checked as the answers of the operations that return its objects.
void checkSeed(Violations &violations, const Seed &seed)
{
    violations.checkSeed(u"location"_s, "GET", u"/v2/locations/"_s + seed.locationId(), QJsonObject{{u"location"_s, seed.location}});
    violations.checkSeed(u"catalog"_s, "GET", u"/v2/catalog/list"_s, QJsonObject{{u"objects"_s, seed.catalog}});
    for (const QJsonValue &customer : seed.customers)
        violations.checkSeed(u"customers"_s, "GET", u"/v2/customers/x"_s, QJsonObject{{u"customer"_s, customer}});
    violations.checkSeed(u"loyalty_program"_s, "GET", u"/v2/loyalty/programs/main"_s, QJsonObject{{u"program"_s, seed.program}});
    violations.checkSeed(u"loyalty_accounts"_s, "POST", u"/v2/loyalty/accounts/search"_s,
                         QJsonObject{{u"loyalty_accounts"_s, seed.accounts}});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"squaresim"_s);

    QString error;
    QString help;
    const std::optional<Options> options = parseOptions(app.arguments(), &error, &help);
    if (!options)
        return simkit::helpOrFailure("squaresim", error, help);
    const std::optional<Seed> seed = Seed::load(options->seedDir, &error);
    if (!seed)
        return fail(error);
    std::optional<openapi::Spec> spec;
    if (!options->apiJson.isEmpty()) {
        spec = openapi::Spec::load(options->apiJson, &error);
        if (!spec)
            return fail(error);
    }
    const std::optional<simkit::Tokens> tokens = simkit::readTokens(options->tokenFile, options->adminTokenFile, &error);
    if (!tokens)
        return fail(error);

    Violations violations(std::move(spec));
    checkSeed(violations, *seed);
    Catalog catalog;
    catalog.load(seed->catalog, QDateTime::currentMSecsSinceEpoch());
    Orders orders(catalog, seed->locationId(), seed->currency());
    Terminal terminal(options->terminalAuto);
    Checkouts checkouts(orders, terminal, seed->locationId());
    Loyalty loyalty(catalog, orders, seed->locationId());
    loyalty.load(seed->program, seed->accounts, seed->customers);
    orders.setOnPaid([&loyalty](const QString &orderId) { loyalty.orderPaid(orderId); });

    const quint32 faultSeed = options->faultSeed.value_or(quint32(QDateTime::currentMSecsSinceEpoch()));
    // The kiosk's health probe is RetrieveLocation.
    simkit::FaultInjector faults(faultSeed, u"/v2/"_s, u"/v2/locations/"_s + seed->locationId());
    faults.setConfig(options->faults);
    Api api({catalog, orders, checkouts, loyalty, violations}, simkit::BearerToken(tokens->api), seed->location,
            options->catalogPageSize);
    Admin admin({api, catalog, orders, checkouts, terminal, faults, violations}, simkit::BearerToken(tokens->admin),
                seed->imagesDir);
    // Due outcomes apply on every read too; the timer completes a checkout (and pays its order)
    // with nobody asking.
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&checkouts] { checkouts.settle(); });
    tick.start(100);

    simkit::TrafficCounters counters;
    const auto route = [&api, &admin](const Request &request) {
        if (request.path.startsWith(u"/v2/"))
            return api.handle(request);
        if (request.path.startsWith(u"/sim/"))
            return admin.handle(request);
        return notFound(u"No such resource: %1"_s.arg(request.path));
    };
    simkit::Server server(route, &injectedSquareError, faults, counters);
    simkit::SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        return fail(u"cannot watch for SIGTERM and SIGINT"_s);
    QObject::connect(&signalWatcher, &simkit::SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    const quint16 port = server.listenOnLoopback(options->port, &error);
    if (port == 0)
        return fail(error);
    catalog.setImageBaseUrl(u"http://127.0.0.1:%1"_s.arg(port));
    // Tests and scripts wait for exactly this line.
    std::printf("squaresim listening on 127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    std::fprintf(stderr, "squaresim: fault seed %u\n", unsigned(faultSeed));
    return app.exec();
}
