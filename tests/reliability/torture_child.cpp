// The real kiosk code in a process the torture tests kill, freeze and restart. It loads a
// KioskSession (so its sync service delivers to the backend in the config), prints READY, then
// either places orders one after another through the same calls the pages make, printing
//   CONFIRMED <number> <order id>
// once each is saved (what the customer would see), or with --drain places none and prints
// DRAINED when the outbox is empty. Usage: torture_child CONFIG_DIR DATA_DIR [--drain]
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "kioskservices.h"
#include "ui/itemeditor.h"
#include "ui/kiosksession.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>

namespace {

// One item whose default choices complete it, added once or twice.
bool fillCart(kiosk::KioskServices &services)
{
    kiosk::KioskSession &session = services.session();
    const auto &items = services.config().menu.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const kiosk::MenuItem &item = items.at((i + QRandomGenerator::global()->bounded(items.size())) % items.size());
        if (session.openItem(item.id) && services.editor().canAdd()) {
            services.editor().setQuantity(1 + QRandomGenerator::global()->bounded(2));
            return session.addEditedItem();
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const kiosk::CurlGlobal curl;
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: torture_child CONFIG_DIR DATA_DIR [--drain]\n");
        return 2;
    }
    const bool drain = argc > 3 && qstrcmp(argv[3], "--drain") == 0;
    kiosk::KioskServices services;
    QString error;
    if (!services.start({QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                         kiosk::KioskServices::HealthListener::Off},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    kiosk::KioskSession &session = services.session();
    std::printf("READY\n"); // the driver times its kills from here
    std::fflush(stdout);
    if (drain) {
        QObject::connect(services.sync(), &kiosk::SyncService::outboxChanged, &app,
                         [](int pending, int failed, qint64) {
            std::printf("OUTBOX pending=%d failed=%d\n", pending, failed);
            if (pending == 0) {
                std::printf("DRAINED failed=%d\n", failed);
                std::fflush(stdout);
                QCoreApplication::exit(failed == 0 ? 0 : 3);
            }
            std::fflush(stdout);
        });
        return app.exec();
    }

    QTimer next;
    next.setSingleShot(true);
    QObject::connect(&next, &QTimer::timeout, &app, [&] {
        session.startOrder();
        session.chooseDineOption(kiosk::KioskSession::DineOption::DineIn);
        if (!fillCart(services) || !session.checkout()) {
            std::fprintf(stderr, "checkout failed: %d\n", int(session.checkoutError()));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("CONFIRMED %s %s\n", qPrintable(session.lastOrderNumber()),
                    qPrintable(session.lastOrderId()));
        std::fflush(stdout);
        session.endOrder();
        next.start(QRandomGenerator::global()->bounded(5, 40));
    });
    next.start(0);
    return app.exec();
}
