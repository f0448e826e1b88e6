// Whole order tickets, English and Spanish, 58 and 80 mm: framing, sizes, every text in CP1252,
// payment, points, discount, wrapping and the QR code.
#include "printedlines.h"

#include "print/ticketrenderer.h"

#include <QtTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {
const QString OrderId = u"0b6f5d0e-8a3c-4a55-9b7e-2f1c3d4e5a6b"_s;

TicketOrder sampleOrder(const QString &language)
{
    const bool es = language == u"es"_s;
    TicketOrder order;
    order.storeName = u"Harbor Burgers"_s;
    order.number = u"A-042"_s;
    order.orderId = OrderId;
    order.createdAt = QDateTime(QDate(2026, 12, 6), QTime(18, 5), Qt::UTC);
    order.language = language;
    order.currency = u"USD"_s;
    order.lines = {
        {2, es ? u"Hamburguesa Jalapeño"_s : u"Jalapeño Burger"_s,
         {es ? u"Queso extra"_s : u"Extra cheese"_s}, {}, 1798},
        {1, es ? u"Combo Clásico"_s : u"Classic Combo"_s, {}, {es ? u"Papas"_s : u"Fries"_s, u"Cola"_s}, 1099},
    };
    order.subtotalCents = 2897;
    order.taxCents = 239;
    order.totalCents = 3136;
    order.card = CardSummary{u"VISA"_s, u"4242"_s};
    order.pointsEarned = 31;
    return order;
}

TicketFormat format(int mm)
{
    return TicketFormat{mm, 16};
}

QByteArray cp(const QString &text)
{
    return text.toLatin1(); // the fixtures' texts are all Latin-1
}

QList<QByteArray> texts(const PrintedTicket &ticket)
{
    QList<QByteArray> out;
    for (const PrintedLine &line : ticket.lines)
        out.append(line.text);
    return out;
}

bool hasLineContaining(const PrintedTicket &ticket, const QByteArray &needle)
{
    for (const PrintedLine &line : ticket.lines) {
        if (line.text.contains(needle))
            return true;
    }
    return false;
}

// The words printed at GS ! n, joined line after line.
QByteArray textAtSize(const PrintedTicket &ticket, quint8 size)
{
    QList<QByteArray> words;
    for (const PrintedLine &line : ticket.lines) {
        if (line.size == size)
            words.append(line.text.trimmed());
    }
    return words.join(' ');
}
} // namespace

class TstTicketRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    void wholeTicket_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("mm");
        QTest::addColumn<quint8>("numberSize");
        QTest::newRow("en 80") << u"en"_s << 80 << quint8(0x77);
        QTest::newRow("en 58") << u"en"_s << 58 << quint8(0x55);
        QTest::newRow("es 80") << u"es"_s << 80 << quint8(0x77);
        QTest::newRow("es 58") << u"es"_s << 58 << quint8(0x55);
    }

    void wholeTicket()
    {
        QFETCH(QString, language);
        QFETCH(int, mm);
        QFETCH(quint8, numberSize);
        const bool es = language == u"es"_s;
        const TicketOrder order = sampleOrder(language);
        const QByteArray bytes = renderOrderTicket(order, format(mm));

        QVERIFY(bytes.startsWith(QByteArray("\x1B\x40\x1B\x74\x10")));
        QCOMPARE(bytes.right(4).left(3), QByteArray("\x1D\x56\x42"));
        const PrintedTicket ticket = printedLines(bytes);
        QVERIFY(ticket.complete);

        const int columns = format(mm).columns();
        for (const PrintedLine &line : ticket.lines) {
            const int width = (line.size >> 4) + 1;
            QVERIFY2(line.text.size() * width <= columns, line.text.constData());
        }

        const QList<QByteArray> lines = texts(ticket);
        const qsizetype number = lines.indexOf("A-042");
        QVERIFY(number >= 0);
        QCOMPARE(ticket.lines.at(number).size, numberSize);
        QCOMPARE(lines.at(number - 1), es ? QByteArray("Pedido") : QByteArray("Order"));

        const QLocale locale = es ? QLocale(u"es_US"_s) : QLocale(u"en_US"_s);
        const QString when = locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(lines.contains(cp(when.simplified())), qPrintable(when));

        for (const QString &expected : {order.storeName, order.lines.at(0).name, order.lines.at(1).name,
                                        u"+ "_s + order.lines.at(0).modifiers.at(0), u"- "_s + order.lines.at(1).parts.at(0),
                                        u"- Cola"_s, u"$17.98"_s, u"$10.99"_s, u"$28.97"_s, u"$2.39"_s, u"$31.36"_s}) {
            QVERIFY2(hasLineContaining(ticket, cp(expected)), qPrintable(expected));
        }
        QVERIFY(hasLineContaining(ticket, es ? cp(u"Para comer aquí"_s) : QByteArray("Dine in")));
        QVERIFY(hasLineContaining(ticket, es ? cp(u"¡Gracias!"_s) : QByteArray("Thank you!")));
        QVERIFY(hasLineContaining(ticket, es ? QByteArray("Pagaste con VISA **** 4242") : QByteArray("Paid by VISA **** 4242")));
        QVERIFY(hasLineContaining(ticket, es ? QByteArray("Puntos ganados: 31") : QByteArray("Points earned: 31")));
        QVERIFY(!hasLineContaining(ticket, es ? QByteArray("Descuento") : QByteArray("Discount")));
        QVERIFY(textAtSize(ticket, 0x11).contains("Harbor Burgers"));
        QVERIFY(!textAtSize(ticket, 0x11).contains(es ? "PAGA" : "PAY"));

        // The total: bold, twice as high, amount at the right edge.
        const auto total = std::find_if(ticket.lines.cbegin(), ticket.lines.cend(),
                                        [](const PrintedLine &l) { return l.text.startsWith("TOTAL"); });
        QVERIFY(total != ticket.lines.cend());
        QCOMPARE(total->size, quint8(0x01));
        QVERIFY(total->bold);
        QVERIFY(total->text.endsWith("$31.36"));
        QCOMPARE(total->text.size(), columns);

        QCOMPARE(ticket.rasterHeaders.size(), 1);
        QCOMPARE(static_cast<quint8>(ticket.rasterHeaders.at(0).at(4)), quint8(format(mm).widthDots() / 8));
    }

    void payAtTheCounterInLargeType_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("mm");
        QTest::addColumn<QByteArray>("words");
        QTest::newRow("en 80") << u"en"_s << 80 << QByteArray("PAY AT THE COUNTER");
        QTest::newRow("en 58") << u"en"_s << 58 << QByteArray("PAY AT THE COUNTER");
        QTest::newRow("es 58") << u"es"_s << 58 << QByteArray("PAGA EN EL MOSTRADOR");
    }

    void payAtTheCounterInLargeType()
    {
        QFETCH(QString, language);
        QFETCH(int, mm);
        QFETCH(QByteArray, words);
        TicketOrder order = sampleOrder(language);
        order.card.reset();
        const PrintedTicket ticket = printedLines(renderOrderTicket(order, format(mm)));
        QVERIFY(textAtSize(ticket, 0x11).endsWith(words));
        QVERIFY(!hasLineContaining(ticket, "****"));
        QVERIFY(!hasLineContaining(ticket, "Paid") && !hasLineContaining(ticket, "Pagaste"));
    }

    void paidByCardWithoutBrand()
    {
        TicketOrder order = sampleOrder(u"en"_s);
        order.card.reset();
        order.paidByCard = true;
        const PrintedTicket ticket = printedLines(renderOrderTicket(order, format(80)));
        QVERIFY(texts(ticket).contains("Paid by card"));
        QVERIFY(!textAtSize(ticket, 0x11).contains("PAY"));

        order.paidByCard = false;
        order.card = CardSummary{};
        const PrintedTicket unnamed = printedLines(renderOrderTicket(order, format(80)));
        QVERIFY(texts(unnamed).contains("Paid by card"));
        QVERIFY(!hasLineContaining(unnamed, "****"));
    }

    void noMemberNoPoints()
    {
        TicketOrder order = sampleOrder(u"en"_s);
        order.pointsEarned.reset();
        QVERIFY(!hasLineContaining(printedLines(renderOrderTicket(order, format(80))), "Points"));
    }

    void discountAndIncludedTax()
    {
        TicketOrder order = sampleOrder(u"es"_s);
        order.discountCents = 200;
        order.taxCents = 0;
        order.taxIncludedCents = 239;
        const PrintedTicket ticket = printedLines(renderOrderTicket(order, format(58)));
        const auto discount = std::find_if(ticket.lines.cbegin(), ticket.lines.cend(),
                                           [](const PrintedLine &l) { return l.text.startsWith("Descuento"); });
        QVERIFY(discount != ticket.lines.cend());
        QVERIFY(discount->text.endsWith(" -$2.00"));
        QCOMPARE(discount->text.size(), 32);
        QVERIFY(hasLineContaining(ticket, "Incluye $2.39 de impuesto"));
        QVERIFY(!hasLineContaining(ticket, "Impuesto"));
        QVERIFY(!hasLineContaining(ticket, "Promo"));
    }

    // The promo code is named under the discount it is part of.
    void promoCodeUnderTheDiscount()
    {
        TicketOrder order = sampleOrder(u"en"_s);
        order.discountCents = 150;
        order.promoCode = u"SAVE10"_s;
        const PrintedTicket ticket = printedLines(renderOrderTicket(order, format(80)));
        const auto discount = std::find_if(ticket.lines.cbegin(), ticket.lines.cend(),
                                           [](const PrintedLine &l) { return l.text.startsWith("Discount"); });
        QVERIFY(discount != ticket.lines.cend());
        QVERIFY(discount->text.endsWith(" -$1.50"));
        QVERIFY(std::next(discount) != ticket.lines.cend());
        QCOMPARE(std::next(discount)->text, u"  Promo SAVE10"_s);
    }

    void longNamesWrapByWords_data()
    {
        QTest::addColumn<int>("mm");
        QTest::newRow("80") << 80;
        QTest::newRow("58") << 58;
    }

    void longNamesWrapByWords()
    {
        QFETCH(int, mm);
        TicketOrder order = sampleOrder(u"es"_s);
        const QString name = u"Hamburguesa doble con jalapeños asados y cebolla caramelizada"_s;
        QCOMPARE(name.size(), 61);
        order.lines[0].name = name;
        order.lines[0].modifiers = {u"Salsa de chipotle ahumado con un toque de limón y cilantro"_s};
        const int columns = format(mm).columns();
        const PrintedTicket ticket = printedLines(renderOrderTicket(order, format(mm)));
        const QList<QByteArray> lines = texts(ticket);
        const qsizetype first = std::find_if(lines.cbegin(), lines.cend(),
                                             [](const QByteArray &l) { return l.startsWith("2 x Hamburguesa"); })
                                - lines.cbegin();
        QVERIFY(first < lines.size());
        QVERIFY(lines.at(first).endsWith(" $17.98"));
        QCOMPARE(lines.at(first).size(), columns);
        // The name's words come back whole, continued under the name.
        QByteArray joined = lines.at(first).chopped(7).trimmed();
        qsizetype next = first + 1;
        for (; lines.at(next).startsWith("    ") && !lines.at(next).startsWith("  + "); ++next)
            joined += ' ' + lines.at(next).trimmed();
        QVERIFY(next > first + 1);
        QCOMPARE(joined, cp(u"2 x "_s + name));
        QVERIFY(lines.at(next).startsWith("  + Salsa"));
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= columns, line.constData());
    }

    void longNumberTakesTheLargestSizeThatFits()
    {
        TicketOrder order = sampleOrder(u"en"_s);
        order.number = u"1234567"_s; // 7 x 12 x 7 = 588 > 576: six times
        const PrintedTicket ticket = printedLines(renderOrderTicket(order, format(80)));
        const qsizetype number = texts(ticket).indexOf("1234567");
        QVERIFY(number >= 0);
        QCOMPARE(ticket.lines.at(number).size, quint8(0x55));
    }

    void testTicket()
    {
        const TestTicket test{u"Harbor Burgers"_s, u"network 192.168.1.60:9100\ncopies 1"_s,
                              QDateTime(QDate(2026, 12, 6), QTime(18, 5), Qt::UTC)};
        const QByteArray bytes = renderTestTicket(test, TicketFormat{58, 19});
        QVERIFY(bytes.startsWith(QByteArray("\x1B\x40\x1B\x74\x13")));
        QCOMPARE(bytes.right(4).left(3), QByteArray("\x1D\x56\x42"));
        const PrintedTicket ticket = printedLines(bytes);
        QVERIFY(ticket.complete);
        QVERIFY(textAtSize(ticket, 0x11).contains("PRINTER TEST"));
        QVERIFY(hasLineContaining(ticket, "network 192.168.1.60:9100"));
        QVERIFY(hasLineContaining(ticket, "58 mm, 32 columns, ESC t 19"));
        QVERIFY(hasLineContaining(ticket, cp(u"¿Jalapeño? ¡Sí!"_s)));
        QVERIFY(hasLineContaining(ticket, "\x80"));
        QCOMPARE(ticket.rasterHeaders.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTicketRenderer)
#include "tst_ticketrenderer.moc"
