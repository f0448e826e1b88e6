// Whole tickets as a printer prints them: renderOrderTicket's bytes decoded back by the
// printer simulator's decoder (text with its markup, and the paper as a picture) and compared
// with the files in golden/, in English and Spanish, on 58 and 80 mm paper, paid by card and
// at the counter. A change to the ticket shows up here as a readable diff.
// To accept a change on purpose: KIOSK_UPDATE_GOLDEN=1 ./tst_ticketgolden, then look at every
// changed file (git diff, and the PNGs with an image viewer) before committing them.
#include "print/ticketrenderer.h"
#include "printersim/escposdecoder.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const QString GoldenDir = QStringLiteral(KIOSK_SOURCE_DIR "/tests/print/golden");

TicketOrder sampleTicket(const QString &language, bool paidByCard)
{
    const bool es = language == u"es"_s;
    TicketOrder t;
    t.storeName = u"Harbor Burgers"_s;
    t.number = u"A-042"_s;
    t.orderId = u"5f0c6a1e-8f3b-4d2a-9c1e-2b7d4e6f8a90"_s;
    t.createdAt = QDateTime(QDate(2026, 12, 6), QTime(18, 5), Qt::UTC);
    t.language = language;
    t.currency = u"USD"_s;
    t.dineIn = !paidByCard;
    t.lines = {
        {2, es ? u"Hamburguesa jalapeño"_s : u"Jalapeño Burger"_s,
         {es ? u"Queso extra"_s : u"Extra cheese"_s, es ? u"Sin cebolla"_s : u"No onions"_s}, {}, 1798},
        {1, es ? u"Combo clásico"_s : u"Classic Combo"_s, {}, {es ? u"Papas"_s : u"Fries"_s, u"Cola"_s}, 1099},
        {1, es ? u"Hamburguesa doble con tocino ahumado y cebolla caramelizada"_s
               : u"Double Smoked Bacon Cheeseburger with Caramelized Onions"_s, {}, {}, 1249},
    };
    t.subtotalCents = 4146;
    t.discountCents = paidByCard ? 200 : 0;
    t.taxCents = paidByCard ? 326 : 342;
    t.totalCents = t.subtotalCents - t.discountCents + t.taxCents;
    t.paidByCard = paidByCard;
    if (paidByCard) {
        t.card = CardSummary{u"VISA"_s, u"4242"_s};
        t.pointsEarned = 42;
    }
    return t;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTicketGolden : public QObject
{
    Q_OBJECT

private slots:
    void tickets_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("paperWidthMm");
        QTest::addColumn<bool>("paidByCard");
        for (const QString &language : {u"en"_s, u"es"_s}) {
            for (int width : {80, 58}) {
                for (bool card : {true, false}) {
                    const QString name = u"%1-%2mm-%3"_s.arg(language).arg(width).arg(card ? u"card"_s : u"counter"_s);
                    QTest::newRow(qPrintable(name)) << language << width << card;
                }
            }
        }
    }

    void tickets()
    {
        QFETCH(QString, language);
        QFETCH(int, paperWidthMm);
        QFETCH(bool, paidByCard);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QByteArray bytes = renderOrderTicket(sampleTicket(language, paidByCard), TicketFormat{paperWidthMm, 16});
        const DecodedTicket ticket = decodeTicket(bytes, paperWidthMm);
        QVERIFY2(ticket.problems.isEmpty(), qPrintable(ticket.problems.join(u'\n')));
        QVERIFY(ticket.cut);
        QCOMPARE(ticket.codePages, QList<int>{16});

        const QString textPath = GoldenDir + u'/' + name + u".txt"_s;
        const QString imagePath = GoldenDir + u'/' + name + u".png"_s;
        if (qEnvironmentVariableIntValue("KIOSK_UPDATE_GOLDEN")) {
            QFile text(textPath);
            QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
            text.write(ticket.text.toUtf8());
            QVERIFY(ticket.image.save(imagePath));
            QSKIP("golden files written: review them before committing");
        }
        QCOMPARE(ticket.text, QString::fromUtf8(readFile(textPath)));
        const QImage golden(imagePath);
        QVERIFY2(!golden.isNull(), qPrintable(imagePath));
        const QImage actual = ticket.image.convertToFormat(golden.format());
        if (actual != golden) {
            const QString saved = QDir::current().filePath(name + u"-actual.png"_s);
            actual.save(saved);
            QFAIL(qPrintable(u"the paper differs from %1 (this run's: %2)"_s.arg(imagePath, saved)));
        }
    }
};

int main(int argc, char **argv)
{
    // Dates print in local time: the golden files are in UTC.
    qputenv("TZ", "UTC");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the decoder draws the text of the paper
    TestTicketGolden test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ticketgolden.moc"
