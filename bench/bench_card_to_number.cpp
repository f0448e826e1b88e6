// The kiosk's own time from "card approved" to the number on screen. refpos's simulated terminal
// approves every card after 200 ms; the real kiosk pages (Main.qml, in a window under Xvfb) take
// card payments one after another, driven through the calls the buttons make. For each, the
// clock starts when the payment worker has the backend's "completed" (the attempt's updated_at,
// stamped as the answer is read, before it is saved) and stops at the first frame swapped after
// the confirmation page has the number. What it leaves out is the backend's and the poll's share
// (payment worker polls every 400 ms): not the kiosk's own time. Prints one JSON object.
// Usage: bench_card_to_number REFPOS_BINARY SAMPLE_CONFIG_DIR WORK_DIR [PAYMENTS]
#include "percentiles.h"
#include "kioskservices.h"
#include "storage/paymentstore.h"
#include "sync/curlglobal.h"
#include "sync/paymentservice.h"
#include "ui/kiosksession.h"
#include "ui/paymentcontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <cstdio>

using namespace kiosk;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_card_to_number: %s\n", qPrintable(why));
    return 1;
}

// The sample store pointed at refpos on `port`, taking cards on terminal T1.
bool writeStore(const QString &sample, const QString &dir, quint16 port)
{
    QDir().mkpath(dir);
    for (const char *name : {"menu.json", "backend.token"}) {
        QFile::remove(dir + u'/' + QLatin1String(name));
        if (!QFile::copy(sample + u'/' + QLatin1String(name), dir + u'/' + QLatin1String(name)))
            return false;
    }
    const QDir from(sample);
    QDirIterator images(sample + QStringLiteral("/images"), QDir::Files, QDirIterator::Subdirectories);
    while (images.hasNext()) {
        const QString image = images.next();
        const QString to = dir + u'/' + from.relativeFilePath(image);
        QDir().mkpath(QFileInfo(to).path());
        QFile::copy(image, to);
    }
    QFile in(sample + QStringLiteral("/kiosk.json"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject kiosk = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject backend = kiosk.value(QStringLiteral("backend")).toObject();
    backend.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
    kiosk.insert(QStringLiteral("backend"), backend);
    kiosk.insert(QStringLiteral("payment"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("card")},
                                                        {QStringLiteral("terminal_id"), QStringLiteral("T1")},
                                                        {QStringLiteral("timeout_s"), 60}});
    kiosk.insert(QStringLiteral("confirmation_timeout_s"), 120);
    QFile out(dir + QStringLiteral("/kiosk.json"));
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(QJsonDocument(kiosk).toJson()) > 0;
}

// One available item whose default choices complete it.
QString orderableItem(const Menu &menu)
{
    for (const MenuItem &item : menu.items()) {
        if (item.available && ItemSelection::withDefaults(menu, item).isComplete())
            return item.id;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_card_to_number REFPOS_BINARY SAMPLE_CONFIG_DIR WORK_DIR [PAYMENTS]\n");
        return 2;
    }
    const CurlGlobal curl;
    QGuiApplication app(argc, argv);
    const QString sample = QFileInfo(QString::fromLocal8Bit(argv[2])).absoluteFilePath();
    const QDir work(QString::fromLocal8Bit(argv[3]));
    const int payments = argc > 4 ? std::atoi(argv[4]) : 40;
    QDir().mkpath(work.path());
    QDir(work.filePath(QStringLiteral("store"))).removeRecursively();
    QDir(work.filePath(QStringLiteral("data"))).removeRecursively();
    QFile::remove(work.filePath(QStringLiteral("refpos.db")));

    QProcess refpos;
    refpos.setProcessChannelMode(QProcess::SeparateChannels);
    refpos.start(QString::fromLocal8Bit(argv[1]),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), work.filePath(QStringLiteral("refpos.db")),
                  QStringLiteral("--token-file"), sample + QStringLiteral("/backend.token"), QStringLiteral("--menu"),
                  sample + QStringLiteral("/menu.json"), QStringLiteral("--terminal-auto"), QStringLiteral("approve:200")});
    if (!refpos.waitForReadyRead(10000))
        return fail(QStringLiteral("refpos did not start"));
    const auto port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(refpos.readLine()));
    if (!port.hasMatch())
        return fail(QStringLiteral("refpos did not say its port"));
    const QString store = work.filePath(QStringLiteral("store"));
    if (!writeStore(sample, store, quint16(port.captured(1).toUInt())))
        return fail(QStringLiteral("cannot write the store"));

    KioskServices services;
    QString error;
    if (!services.start({store, work.filePath(QStringLiteral("data")), KioskServices::HealthListener::Off}, &error))
        return fail(error);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties(services.qmlProperties());
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr
                                                  : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return fail(QStringLiteral("no window"));
    KioskSession &session = services.session();
    session.idle()->setIdleTimeoutMs(3600 * 1000);
    const QString item = orderableItem(services.config().menu);
    if (!QTest::qWaitFor([&] { return services.payment().cardOffered(); }, 10000))
        return fail(QStringLiteral("the card is not offered (backend offline?)"));

    // Armed when the number is on the confirmation page; the next swapped frame shows it.
    std::atomic<qint64> numberFrameMs = 0;
    std::atomic_bool armed = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (armed.exchange(false))
            numberFrameMs = QDateTime::currentMSecsSinceEpoch();
    }, Qt::DirectConnection);
    QObject::connect(&session, &KioskSession::orderConfirmed, window, [&](const QString &) {
        numberFrameMs = 0;
        armed = true;
        window->update();
    });

    QList<double> samples;
    for (int i = 0; i < payments; ++i) {
        numberFrameMs = 0;
        session.startOrder();
        session.chooseDineOption(KioskSession::DineOption::DineIn);
        if (!session.openItem(item) || !session.addEditedItem() || !session.checkout())
            return fail(QStringLiteral("checkout %1 failed").arg(i));
        if (services.payment().phase() == PaymentController::Phase::Choosing)
            services.payment().payByCard();
        if (!QTest::qWaitFor([&] { return numberFrameMs.load() != 0; }, 20000))
            return fail(QStringLiteral("payment %1: no number on screen").arg(i));
        const QString orderId = session.lastOrderId();
        qint64 approvedMs = 0;
        for (const PaymentAttempt &attempt : services.paymentStore().recentAttempts(5)) {
            if (attempt.orderId == orderId && attempt.status == PaymentStatus::Completed)
                approvedMs = attempt.updatedAt.toMSecsSinceEpoch();
        }
        if (approvedMs == 0)
            return fail(QStringLiteral("payment %1: no completed attempt").arg(i));
        samples.append(double(numberFrameMs.load() - approvedMs));
        session.endOrder();
        QTest::qWait(50);
    }
    services.stop();
    refpos.kill();
    refpos.waitForFinished();

    const QJsonObject result{{QStringLiteral("payments"), payments},
                             {QStringLiteral("approved_to_number_p50_ms"), bench::percentile(samples, 50)},
                             {QStringLiteral("approved_to_number_p99_ms"), bench::percentile(samples, 99)},
                             {QStringLiteral("approved_to_number_max_ms"), bench::percentile(samples, 100)}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
