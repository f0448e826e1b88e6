#include "kioskctl/kioskctl.h"

#include "kioskctl/commands.h"

#include "config/defaultconfigdir.h"
#include "health/pauselisting.h"
#include "health/printerlisting.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

QString usage()
{
    return uR"usage(Usage: kioskctl [--config DIR] [--data-dir DIR] [--port N] [--json] COMMAND

Staff and support tool for the Harbor kiosk on this machine. It talks to the running kiosk
through its loopback listener (127.0.0.1, kiosk.json's health.listen_port) and, when the kiosk
is not running, reads its database read-only. The listener's staff commands (config reload,
outbox, sync, printer, reprint, pause, resume) send the token in DATA_DIR/staff.token: run as root or as a member of group kiosk.

Commands:
  config validate DIR   Validate a config folder exactly like `kiosk --check-config DIR`:
                        every problem on stderr as "file: json.path: message", exit 1; or
                        "DIR: OK (N categories, M items)", exit 0.
  config reload         Ask the running kiosk to reload its config (see `status`, config:state).
  status                The running kiosk's health: the overall status and one line per
                        check (status, value, unit, output); --json prints its
                        application/health+json as is. Not running: says so and reads the
                        database read-only (outbox counts, oldest pending entry,
                        PRAGMA quick_check). Exit 0 pass or warn, 1 fail, 2 not running or
                        not answering.
  outbox [--failed | --pending] [--limit N]
                        The N (default 100) most recent outbox entries, without their
                        bodies: from the running kiosk, else read-only from the database.
  outbox retry SEQ      Put failed entry SEQ back in the queue, due at once. Through the
                        running kiosk; when it is not running, one UPDATE (failed -> pending)
                        on the database, with its staff_audit row in the same transaction,
                        refused if any program has the database open. A running kiosk's
                        database is never written by kioskctl.
  sync                  Ask the running kiosk to deliver its outbox now.
  feedback              Customers' feedback today and over the last 7 days (CSAT average,
                        NPS, answer counts) and the open calls for staff, read-only from
                        the database (running kiosk or not).
  payments [--limit N]  The N (default 100) most recent card payment attempts (id, order
                        number, amount, status, reason, age, last error), the paid orders
                        whose customer never saw the number, and the paid orders the backend
                        did not take (their payment id: refund at the point of sale),
                        read-only from the database (running kiosk or not).
  printer               The running kiosk's receipt printer: its state (ready, paper_out,
                        cover_open, unreachable, error; paper low), when it was read, the
                        tickets printed and given up since start, and the tickets it gave up
                        on after 2 minutes of retries. Exit 2 when the kiosk is not running.
  printer test          Ask the running kiosk to print a test ticket (store name, printer
                        settings, time); 1 when no printer is configured. Audited.
  reprint NUMBER        Ask the running kiosk to print order NUMBER's ticket again (K1-042);
                        1 when there is no such order or no printer. Audited.
  pause ITEM 1h|4h|day  Pause ("86") menu item ITEM on the running kiosk for 1 hour, 4 hours
                        or until the store's next business day: sold out at once, on the
                        backend's menu too when it is the one customers see. Audited.
  resume ITEM           Put a paused item back on sale. Audited. Both: 1 when there is no
                        such item.
  pin-hash              Read a new diagnostics PIN (4 to 8 digits) from stdin, twice and
                        without echo on a terminal, once from a pipe, and print the
                        "pbkdf2-sha256$..." line for kiosk.json's diagnostics.pin_hash.
  pin-set               Set the staff PIN: read as for pin-hash, refused when easy to guess
                        (0000, 1234, one digit repeated, digits in a run), its hash written to
                        DATA_DIR/staff-pin (0640), which wins over kiosk.json's pin_hash; the
                        kiosk uses it from the next PIN entry, no restart. Audited.

Options:
  --config DIR          The config folder (default /etc/kiosk; ./kiosk-config when kioskctl
                        runs from a source checkout's build).
  --data-dir DIR        Where kiosk.db is (default: the config's data_dir).
  --port N              The kiosk's listener port (default: the config's
                        health.listen_port, 9180 when not set).
  --json                Machine-readable output (status, outbox, feedback, payments,
                        printer).
  -h, --help            This text.
  -v, --version         kioskctl's version.

Exit status: 0 done; 1 failed (an invalid config, health "fail", no such entry, an entry
that has not failed, no printer configured); 2 the kiosk is not running or not answering (within 2 s); 64 usage.
)usage"_s;
}

namespace {

struct Parsed
{
    QCommandLineOption config{u"config"_s, {}, u"dir"_s};
    QCommandLineOption dataDir{u"data-dir"_s, {}, u"dir"_s};
    QCommandLineOption port{u"port"_s, {}, u"n"_s};
    QCommandLineOption json{u"json"_s};
    QCommandLineOption failed{u"failed"_s};
    QCommandLineOption pending{u"pending"_s};
    QCommandLineOption limit{u"limit"_s, {}, u"n"_s};
    QCommandLineOption help{{u"h"_s, u"help"_s}};
    QCommandLineOption version{{u"v"_s, u"version"_s}};
    QCommandLineParser parser;

    Parsed()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({config, dataDir, port, json, failed, pending, limit, help, version});
    }
};

int usageError(Io &io, const QString &message)
{
    io.err << u"kioskctl: %1\nTry 'kioskctl --help'.\n"_s.arg(message);
    return ExitUsage;
}

std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= min && value <= max ? std::optional(value) : std::nullopt;
}

} // namespace

int runKioskCtl(const QStringList &arguments, Io &io)
{
    Parsed p;
    if (!p.parser.parse(arguments))
        return usageError(io, p.parser.errorText());
    if (p.parser.isSet(p.help)) {
        io.out << usage();
        return ExitOk;
    }
    if (p.parser.isSet(p.version)) {
        io.out << u"kioskctl %1\n"_s.arg(QCoreApplication::applicationVersion());
        return ExitOk;
    }

    Options options;
    options.configDir = p.parser.isSet(p.config) ? p.parser.value(p.config) : defaultConfigDir();
    options.dataDir = p.parser.value(p.dataDir);
    options.json = p.parser.isSet(p.json);
    if (p.parser.isSet(p.port)) {
        const auto port = wholeNumber(p.parser.value(p.port), 1, 65535);
        if (!port)
            return usageError(io, u"--port takes a port number from 1 to 65535"_s);
        options.port = quint16(*port);
    }
    int limit = 100;
    if (p.parser.isSet(p.limit)) {
        const auto value = wholeNumber(p.parser.value(p.limit), 1, 1000);
        if (!value)
            return usageError(io, u"--limit takes a number from 1 to 1000"_s);
        limit = int(*value);
    }

    const QStringList args = p.parser.positionalArguments();
    const QString command = args.value(0);
    const QString sub = args.value(1);
    const bool listsOutbox = command == u"outbox"_s && args.size() == 1;
    const bool listsPayments = command == u"payments"_s && args.size() == 1;
    if ((p.parser.isSet(p.failed) || p.parser.isSet(p.pending)) && !listsOutbox)
        return usageError(io, u"--failed and --pending go with `outbox` alone"_s);
    if (p.parser.isSet(p.limit) && !listsOutbox && !listsPayments)
        return usageError(io, u"--limit goes with `outbox` or `payments` alone"_s);
    const bool showsPrinter = command == u"printer"_s && args.size() == 1;
    if (options.json && command != u"status"_s && command != u"feedback"_s && !listsOutbox && !listsPayments
        && !showsPrinter)
        return usageError(io, u"--json goes with `status`, `outbox`, `feedback`, `payments` and `printer`"_s);
    if (p.parser.isSet(p.failed) && p.parser.isSet(p.pending))
        return usageError(io, u"--failed and --pending exclude each other"_s);

    Context context(options, io);
    if (command == u"config"_s && sub == u"validate"_s && args.size() == 3)
        return validateConfig(io, args.at(2));
    if (command == u"config"_s && sub == u"reload"_s && args.size() == 2)
        return requestConfigReload(context);
    if (command == u"status"_s && args.size() == 1)
        return status(context);
    if (listsOutbox) {
        const OutboxFilter filter = p.parser.isSet(p.failed)    ? OutboxFilter::Failed
                                    : p.parser.isSet(p.pending) ? OutboxFilter::Pending
                                                                : OutboxFilter::All;
        return listOutbox(context, filter, limit);
    }
    if (command == u"outbox"_s && sub == u"retry"_s && args.size() == 3) {
        const auto seq = wholeNumber(args.at(2), 1, std::numeric_limits<qint64>::max());
        if (!seq)
            return usageError(io, u"outbox retry takes an entry's SEQ, a whole number"_s);
        return retryOutbox(context, *seq);
    }
    if (command == u"sync"_s && args.size() == 1)
        return requestSync(context);
    if (command == u"feedback"_s && args.size() == 1)
        return feedback(context);
    if (listsPayments)
        return payments(context, limit);
    if (showsPrinter)
        return printerStatus(context);
    if (command == u"printer"_s && sub == u"test"_s && args.size() == 2)
        return requestTestTicket(context);
    if (command == u"reprint"_s && args.size() == 2) {
        // The kiosk checks it too; a typo is the caller's mistake, not the kiosk's answer.
        if (!isValidOrderNumber(args.at(1)))
            return usageError(io, u"reprint takes an order number: letters, digits and '-', at most 16 (K1-042)"_s);
        return requestReprint(context, args.at(1));
    }
    if ((command == u"pause"_s && args.size() == 3) || (command == u"resume"_s && args.size() == 2)) {
        // The kiosk checks them too; a typo is the caller's mistake, not the kiosk's answer.
        if (!isValidItemId(args.at(1)))
            return usageError(io, u"%1 takes a menu item id: a-z, 0-9 and '_' (classic_burger)"_s.arg(command));
        if (command == u"resume"_s)
            return requestResume(context, args.at(1));
        static const QHash<QString, QString> Durations{
            {u"1h"_s, u"1h"_s}, {u"4h"_s, u"4h"_s}, {u"day"_s, u"business_day"_s}};
        if (!Durations.contains(args.at(2)))
            return usageError(io, u"pause takes 1h, 4h or day after the item"_s);
        return requestPause(context, args.at(1), Durations.value(args.at(2)));
    }
    if (command == u"pin-hash"_s && args.size() == 1)
        return pinHash(io);
    if (command == u"pin-set"_s && args.size() == 1)
        return pinSet(context);
    if (command.isEmpty())
        return usageError(io, u"no command given"_s);
    return usageError(io, u"unknown command: %1"_s.arg(args.join(u' ')));
}

} // namespace kiosk::ctl
