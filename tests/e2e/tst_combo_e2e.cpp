// A meal, end to end: the composition root (KioskServices, as main.cpp builds it) on the sample
// store, a customer walking the Classic Burger Meal's steps through the session and the combo
// editor as the pages do, checkout, and the real sync thread delivering the order to the real
// refpos serving the same menu, which checks every part against the meal's steps and its price
// (a line it cannot match is refused with a 422, so "delivered" means the parts held up).
#include "kioskservices.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "support/refposprocess.h"
#include "support/samplestore.h"
#include "support/storecopy.h"
#include "support/tokenfile.h"
#include "ui/cartmodel.h"
#include "ui/comboeditor.h"
#include "ui/kiosksession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = "combo-e2e-token";

// Picks the first choice of the step on screen; one with options takes its defaults ("Done").
bool pickFirstChoice(ComboEditor &meal)
{
    if (!meal.choose(0))
        return false;
    return !meal.isCustomizing() || meal.confirmPart();
}

} // namespace

class TestComboE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writeTokenFile(m_dir.filePath(u"token"_s), Token));
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--menu"_s, test::sampleMenuFile(), u"--token-file"_s, m_dir.filePath(u"token"_s)},
                                 &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_refpos->terminate(), 0); }

    void aMealReachesTheBackendWithEveryPart()
    {
        const QString store = m_dir.filePath(u"store"_s);
        QVERIFY(test::copyStore(store, {{u"backend"_s, test::loopbackBackend(m_refpos->port(), m_dir.filePath(u"token"_s))}}));
        KioskServices services;
        QString error;
        QVERIFY2(services.start({store, m_dir.filePath(u"data"_s), KioskServices::HealthListener::Off}, &error),
                 qPrintable(error));

        KioskSession &session = services.session();
        ComboEditor &meal = services.comboEditor();
        session.startOrder();
        session.chooseDineOption(KioskSession::DineOption::DineIn);
        QVERIFY(session.openCombo(u"classic_burger_meal"_s));
        for (int step = 0; step < 3; ++step)
            QVERIFY2(pickFirstChoice(meal), qPrintable(u"step %1"_s.arg(step)));
        QVERIFY(meal.canAdd());
        QCOMPARE(meal.unitPriceText(), u"$11.99"_s);
        QVERIFY(session.addEditedCombo());
        QCOMPARE(services.cart().rowCount(), 1);
        QVERIFY(session.checkout());
        const QString orderId = session.lastOrderId();

        Outbox outbox(services.database());
        QTRY_COMPARE_WITH_TIMEOUT(outbox.list(OutboxEntry::State::Delivered, 10).size(), 1, 15000);
        QCOMPARE(outbox.list(OutboxEntry::State::Failed, 10).size(), 0);
        const OutboxEntry delivered = outbox.list(OutboxEntry::State::Delivered, 10).first();
        QCOMPARE(delivered.key, orderId);
        const QJsonArray lines = QJsonDocument::fromJson(delivered.body).object().value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.first().toObject();
        QCOMPARE(line.value(u"combo_id"_s).toString(), u"classic_burger_meal"_s);
        QCOMPARE(line.value(u"unit_price_cents"_s).toInt(), 1199);
        QStringList parts;
        for (const QJsonValue &part : line.value(u"parts"_s).toArray())
            parts.append(part.toObject().value(u"item_id"_s).toString());
        QCOMPARE(parts, (QStringList{u"classic_burger"_s, u"classic_fries"_s, u"fountain_soda"_s}));
    }
};

QTEST_MAIN(TestComboE2e)
#include "tst_combo_e2e.moc"
