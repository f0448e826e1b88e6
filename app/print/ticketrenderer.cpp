#include "print/ticketrenderer.h"

#include "domain/moneyformat.h"
#include "print/cp1252.h"
#include "print/escposwriter.h"
#include "print/qrraster.h"
#include "print/textcolumns.h"
#include "print/ticketwords.h"

#include <QtGlobal>

namespace kiosk {

namespace {
// About 0.6 mm a module at 203 dpi: a phone reads it from a crumpled ticket.
constexpr int QrDotsPerModule = 5;
constexpr int FeedBeforeCut = 3;

// The largest GS ! multiplier (1..8, square) at which `chars` characters fit on one line.
int largestScale(qsizetype chars, const TicketFormat &format)
{
    for (int scale = 8; scale > 1; --scale) {
        if (chars * TicketFormat::CharWidthDots * scale <= format.widthDots())
            return scale;
    }
    return 1;
}

// `text` at `scale` times the normal width and height, wrapped to the columns that leaves.
void scaledLines(EscPosWriter &out, const QString &text, int scale, const TicketFormat &format)
{
    out.size(scale, scale);
    for (const QString &line : wrapWords(text, format.columns() / scale))
        out.line(line);
    out.size(1, 1);
}

void lines(EscPosWriter &out, const QStringList &lines)
{
    for (const QString &line : lines)
        out.line(line);
}

// Store name and date, the start of every ticket.
void header(EscPosWriter &out, const QString &storeName, const TicketFormat &format)
{
    out.initialize().codePage(format.codePage).align(EscPosWriter::Align::Centre).bold(true);
    scaledLines(out, storeName, 2, format);
    out.bold(false);
}

QString localDateTime(const QDateTime &at, const TicketWords &words)
{
    return words.locale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The QR code, the thanks and the cut, centred by the caller.
void footer(EscPosWriter &out, const QString &qrText, const QString &thanks, const TicketFormat &format)
{
    out.raster(qrRaster(qrText, QrDotsPerModule, format.widthDots()));
    out.line(thanks);
    out.feed(FeedBeforeCut).cut(0);
}

void itemLines(EscPosWriter &out, const TicketOrder &order, const TicketWords &words, int columns)
{
    for (const TicketOrder::Line &item : order.lines) {
        const QString label = QStringLiteral("%1 x %2").arg(item.quantity).arg(item.name);
        const int hanging = static_cast<int>(QString::number(item.quantity).size()) + 3;
        lines(out, amountLines(label, formatMoney(item.totalCents, words.language(), order.currency),
                               columns, hanging));
        for (const QString &modifier : item.modifiers)
            lines(out, wrapWords(QStringLiteral("  + ") + modifier, columns, 4));
        for (const QString &part : item.parts)
            lines(out, wrapWords(QStringLiteral("  - ") + part, columns, 4));
    }
}

void totalLines(EscPosWriter &out, const TicketOrder &order, const TicketWords &words, int columns)
{
    const auto money = [&](Cents cents) { return formatMoney(cents, words.language(), order.currency); };
    lines(out, amountLines(words.text(QT_TRANSLATE_NOOP("Ticket", "Subtotal")), money(order.subtotalCents), columns));
    if (order.discountCents > 0)
        lines(out, amountLines(words.text(QT_TRANSLATE_NOOP("Ticket", "Discount")), money(-order.discountCents), columns));
    // Which code the discount includes: staff honour the same code at the counter.
    if (order.discountCents > 0 && !order.promoCode.isEmpty())
        lines(out, wrapWords(words.text(QT_TRANSLATE_NOOP("Ticket", "  Promo %1")).arg(order.promoCode), columns, 4));
    if (order.taxCents > 0 || order.taxIncludedCents == 0)
        lines(out, amountLines(words.text(QT_TRANSLATE_NOOP("Ticket", "Tax")), money(order.taxCents), columns));
    out.bold(true).size(1, 2);
    lines(out, amountLines(words.text(QT_TRANSLATE_NOOP("Ticket", "TOTAL")), money(order.totalCents), columns));
    out.size(1, 1).bold(false);
    if (order.taxIncludedCents > 0) {
        lines(out, wrapWords(words.text(QT_TRANSLATE_NOOP("Ticket", "Includes %1 tax")).arg(money(order.taxIncludedCents)),
                             columns));
    }
}

void paymentLines(EscPosWriter &out, const TicketOrder &order, const TicketWords &words, const TicketFormat &format)
{
    out.align(EscPosWriter::Align::Centre);
    if (order.card && !order.card->brand.isEmpty() && !order.card->last4.isEmpty()) {
        lines(out, wrapWords(words.text(QT_TRANSLATE_NOOP("Ticket", "Paid by %1 **** %2"))
                                 .arg(order.card->brand, order.card->last4), format.columns()));
    } else if (order.card || order.paidByCard) {
        // A backend that reports a card without its brand or digits: paid all the same.
        out.line(words.text(QT_TRANSLATE_NOOP("Ticket", "Paid by card")));
    } else {
        out.bold(true);
        scaledLines(out, words.text(QT_TRANSLATE_NOOP("Ticket", "PAY AT THE COUNTER")), 2, format);
        out.bold(false);
    }
    if (order.pointsEarned) {
        out.line(words.text(QT_TRANSLATE_NOOP("Ticket", "Points earned: %1"))
                     .arg(words.locale().toString(*order.pointsEarned)));
    }
}
} // namespace

QByteArray renderOrderTicket(const TicketOrder &order, const TicketFormat &format)
{
    const TicketWords words(order.language);
    const int columns = format.columns();
    EscPosWriter out;
    header(out, order.storeName, format);
    out.line(words.text(QT_TRANSLATE_NOOP("Ticket", "Order")));
    const QString number = printableText(order.number).trimmed();
    const int numberScale = largestScale(number.size(), format);
    out.bold(true).size(numberScale, numberScale).line(number).size(1, 1).bold(false);
    scaledLines(out, order.dineIn ? words.text(QT_TRANSLATE_NOOP("Ticket", "Dine in"))
                                  : words.text(QT_TRANSLATE_NOOP("Ticket", "Take out")),
                2, format);
    out.line(localDateTime(order.createdAt, words));

    out.align(EscPosWriter::Align::Left).line(separatorLine(columns));
    itemLines(out, order, words, columns);
    out.line(separatorLine(columns));
    totalLines(out, order, words, columns);
    out.line(separatorLine(columns));
    paymentLines(out, order, words, format);
    footer(out, order.orderId, words.text(QT_TRANSLATE_NOOP("Ticket", "Thank you!")), format);
    return out.bytes();
}

QByteArray renderTestTicket(const TestTicket &ticket, const TicketFormat &format)
{
    // Staff read it: the kiosk's staff pages are in English.
    const TicketWords words(QStringLiteral("en"));
    const int columns = format.columns();
    EscPosWriter out;
    header(out, ticket.storeName, format);
    scaledLines(out, words.text(QT_TRANSLATE_NOOP("Ticket", "PRINTER TEST")), 2, format);
    out.line(localDateTime(ticket.at, words));
    out.align(EscPosWriter::Align::Left).line(separatorLine(columns));
    for (const QString &setting : ticket.settingsText.split(u'\n', Qt::SkipEmptyParts))
        lines(out, wrapWords(setting, columns, 2));
    out.line(QStringLiteral("%1 mm, %2 %3, ESC t %4")
                 .arg(format.paperWidthMm).arg(columns)
                 .arg(words.text(QT_TRANSLATE_NOOP("Ticket", "columns"))).arg(format.codePage));
    out.line(separatorLine(columns));
    // Wrong accents here mean printer.code_page is not the printer's CP1252 table.
    lines(out, wrapWords(words.text(QT_TRANSLATE_NOOP("Ticket", "Accents:"))
                             + QStringLiteral(" ¿Jalapeño? ¡Sí! € áéíóú ÁÉÍÓÚ ñÑ üÜ"), columns));
    out.align(EscPosWriter::Align::Centre);
    footer(out, QStringLiteral("printer test"), words.text(QT_TRANSLATE_NOOP("Ticket", "Thank you!")), format);
    return out.bytes();
}

} // namespace kiosk
