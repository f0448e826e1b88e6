// Checkout on a really full filesystem: a small tmpfs is mounted as the kiosk's data dir (we
// run as root in CI; without the right to mount, the test says so and skips), the kiosk takes
// an order, the filesystem is filled to the last byte, and the next checkout must refuse
// (CheckoutError::CannotSave) without showing a number, while the cart page tells the customer
// to order at the counter. Nothing is half saved: with space again, the same cart goes
// through with the next number in sequence.
#include "reloadfixture.h"

#include "kioskservices.h"
#include "ui/cartmodel.h"
#include "ui/kiosksession.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(KioskPlugin)
Q_IMPORT_QML_PLUGIN(Kiosk_ModelsPlugin)

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

// Writes zeros to `path` until the filesystem refuses; the bytes written.
qint64 fillUp(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return -1;
    const QByteArray block(4096, '\0');
    qint64 written = 0;
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n <= 0)
            break;
        written += n;
    }
    const int lastError = errno;
    ::fsync(fd);
    ::close(fd);
    return lastError == ENOSPC ? written : -1;
}

// A page made as KioskApp makes it: it takes, of the kiosk's parts, those it declares.
QObject *createPage(QQmlComponent &component, const QVariantMap &parts)
{
    QObject *page = component.beginCreate(component.engine()->rootContext());
    if (!page)
        return nullptr;
    for (auto part = parts.cbegin(); part != parts.cend(); ++part) {
        if (page->metaObject()->indexOfProperty(part.key().toUtf8().constData()) >= 0)
            component.setInitialProperties(page, {{part.key(), part.value()}});
    }
    component.completeCreate();
    return page;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

    void fillCart()
    {
        m_session->startOrder();
        m_session->chooseDineOption(KioskSession::DineOption::TakeOut);
        QVERIFY(m_session->openItem(u"classic_burger"_s));
        QVERIFY(m_session->addEditedItem());
    }

    QTemporaryDir m_dir;
    QString m_mountPoint;
    bool m_mounted = false;
    std::unique_ptr<KioskServices> m_services;
    KioskSession *m_session = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_mountPoint = m_dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(m_mountPoint));
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs as the data dir needs root (CI runs these tests as root)");
        // 1 MiB: room for the schema, its WAL and a few orders, and quick to fill.
        if (::mount("tmpfs", QFile::encodeName(m_mountPoint).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    "size=1m,mode=0700") != 0) {
            const QByteArray why = "cannot mount a tmpfs here (" + QByteArray(std::strerror(errno))
                                   + "): no real full filesystem to test on";
            QSKIP(why.constData());
        }
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        m_session = nullptr;
        m_services.reset(); // closes the database on the tmpfs
        if (m_mounted && ::umount2(QFile::encodeName(m_mountPoint).constData(), MNT_DETACH) != 0)
            qWarning("cannot unmount %s: %s", qPrintable(m_mountPoint), std::strerror(errno));
        m_mounted = false;
    }

    void checkoutRefusesPolitelyOnAFullDisk()
    {
        const QString configDir = m_dir.filePath(u"config"_s);
        QVERIFY(test::makeStore(configDir, test::freePort(), 0));
        m_services = std::make_unique<KioskServices>();
        QString error;
        QVERIFY2(m_services->start({configDir, m_mountPoint, KioskServices::HealthListener::Off}, &error),
                 qPrintable(error));
        m_session = &m_services->session();
        QVERIFY(m_services->databasePath().startsWith(m_mountPoint));

        // The cart page, as the customer sees it, on this session.
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine, QUrl(u"qrc:/Kiosk/CartPage.qml"_s));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> page(createPage(component, m_services->qmlProperties()));
        QVERIFY2(page, qPrintable(component.errorString()));
        auto *errorBox = page->findChild<QQuickItem *>(u"checkoutError"_s);
        QVERIFY(errorBox);
        const auto shownError = [errorBox]() -> QString {
            if (!errorBox->isVisible())
                return {};
            const QList<QQuickItem *> children = errorBox->childItems();
            return children.isEmpty() ? QString() : children.first()->property("text").toString();
        };

        // With room on the disk the kiosk sells.
        QSignalSpy confirmed(m_session, &KioskSession::orderConfirmed);
        fillCart();
        QVERIFY(m_session->checkout());
        QCOMPARE(m_session->lastOrderNumber(), u"K1-001"_s);
        m_session->endOrder();
        QCOMPARE(shownError(), QString());

        // The disk fills up (logs, a runaway process...).
        const QString filler = QDir(m_mountPoint).filePath(u"filler"_s);
        QVERIFY(fillUp(filler) >= 0);

        fillCart();
        const qint64 totalBefore = m_services->cart().totals().total;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"checkout refused, order not saved"_s));
        QVERIFY(!m_session->checkout());
        QCOMPARE(m_session->checkoutError(), KioskSession::CheckoutError::CannotSave);
        QCOMPARE(confirmed.count(), 1); // no number for this one
        QCOMPARE(m_session->lastOrderNumber(), u"K1-001"_s);
        QCOMPARE(shownError(), u"This kiosk cannot take orders right now, please order at the counter"_s);
        // Nothing was half saved: the cart is as the customer left it.
        QCOMPARE(m_services->cart().rowCount(), 1);
        QCOMPARE(m_services->cart().totals().total, totalBefore);

        // Space again: the same cart goes through, with the very next number.
        QVERIFY(QFile::remove(filler));
        QVERIFY(m_session->checkout());
        QCOMPARE(m_session->lastOrderNumber(), u"K1-002"_s);
        QCOMPARE(confirmed.count(), 2);
        QCOMPARE(shownError(), QString());
        m_session->endOrder();
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
