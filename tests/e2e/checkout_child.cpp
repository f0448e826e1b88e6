// Places one order through the kiosk's composition root (the same code the pages call), prints the number the
// customer would see, then waits to be killed. Usage: checkout_child CONFIG_DIR DATA_DIR
#include "kioskservices.h"
#include "ui/itemeditor.h"
#include "ui/kiosksession.h"

#include <QGuiApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: checkout_child CONFIG_DIR DATA_DIR\n");
        return 2;
    }
    kiosk::KioskServices services;
    QString error;
    if (!services.start({QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                         kiosk::KioskServices::HealthListener::Off},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    kiosk::KioskSession &session = services.session();
    session.startOrder();
    session.chooseDineOption(kiosk::KioskSession::DineOption::TakeOut);
    // The first orderable item whose defaults complete it, twice.
    for (const kiosk::MenuItem &item : services.config().menu.items()) {
        if (session.openItem(item.id) && services.editor().canAdd()) {
            services.editor().setQuantity(2);
            session.addEditedItem();
            break;
        }
    }
    if (!session.checkout()) {
        std::fprintf(stderr, "checkout failed: %d\n", int(session.checkoutError()));
        return 1;
    }
    std::printf("CONFIRMED %s\n", qPrintable(session.lastOrderNumber()));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
