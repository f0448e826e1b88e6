#include "printersim/escposdecoder.h"

#include "printersim/tickettext.h"
#include "printersim/ticketpainter.h"

#include <cstring>
#include <utility>

namespace kiosk {

namespace {

// CP1252's 0x80..0x9F; 0 where the code page has no character (printed as '?').
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

int paperDots(int paperWidthMm)
{
    return paperWidthMm == 58 ? 384 : 576;
}

} // namespace

EscPosDecoder::EscPosDecoder(int paperWidthMm) : m_widthDots(paperDots(paperWidthMm)) {}

void EscPosDecoder::resetStyle()
{
    m_justify = 0;
    m_bold = false;
    m_width = 1;
    m_height = 1;
}

void EscPosDecoder::problem(const QString &message, qsizetype within)
{
    m_problems.append(QStringLiteral("at byte %1: %2").arg(m_offset + within).arg(message));
}

QList<DecodedTicket> EscPosDecoder::feed(QByteArrayView bytes)
{
    QList<DecodedTicket> tickets;
    for (const EscPosCommand &command : m_scanner.feed(bytes)) {
        if (!command.problem.isEmpty())
            problem(command.problem);
        apply(command);
        m_offset += command.raw.size();
        if (command.kind == EscPosCommand::Kind::Cut)
            tickets.append(complete(true));
    }
    return tickets;
}

DecodedTicket EscPosDecoder::finish()
{
    if (!hasPending())
        return {};
    if (m_scanner.pendingBytes() > 0)
        problem(QStringLiteral("the stream ends inside a command (%1 bytes)").arg(m_scanner.pendingBytes()));
    problem(QStringLiteral("the ticket ends without a cut"));
    m_scanner.reset();
    return complete(false);
}

void EscPosDecoder::apply(const EscPosCommand &command)
{
    using Kind = EscPosCommand::Kind;
    switch (command.kind) {
    case Kind::Text:
        addText(command.text);
        break;
    case Kind::LineFeed:
        endLine();
        break;
    case Kind::Initialize:
        if (!m_line.runs.isEmpty())
            problem(QStringLiteral("ESC @ drops the unprinted text of the line"));
        m_line = {};
        m_lineColumns = 0;
        resetStyle();
        break;
    case Kind::CodePage:
        m_codePages.append(command.arg);
        break;
    case Kind::Justify:
        if (command.arg <= 2)
            m_justify = command.arg;
        break;
    case Kind::Bold:
        m_bold = command.arg & 1;
        break;
    case Kind::Size:
        m_width = ((command.arg >> 4) & 7) + 1;
        m_height = (command.arg & 7) + 1;
        break;
    case Kind::FeedLines:
        // ESC d n prints the line and feeds n lines: n line feeds (ESC d 0 only prints).
        if (command.arg == 0 && !m_line.runs.isEmpty())
            endLine();
        for (int i = 0; i < command.arg; ++i)
            endLine();
        break;
    case Kind::Raster: {
        if (!m_line.runs.isEmpty()) {
            problem(QStringLiteral("a raster image in the middle of a text line"));
            endLine();
        }
        if (command.rasterData.isEmpty())
            break; // too large or empty: the scanner said so
        if (command.rasterWidthBytes * 8 > m_widthDots)
            problem(QStringLiteral("a raster image %1 dots wide on %2 dots of paper").arg(command.rasterWidthBytes * 8).arg(m_widthDots));
        PrintedLine line;
        line.kind = PrintedLine::Kind::Raster;
        line.justify = m_justify;
        // Format_Mono is MSB first with 1 = colour 1: ESC/POS's layout, row by row.
        line.raster = QImage(command.rasterWidthBytes * 8, command.rasterHeight, QImage::Format_Mono);
        line.raster.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        for (int y = 0; y < command.rasterHeight; ++y)
            std::memcpy(line.raster.scanLine(y), command.rasterData.constData() + qsizetype(y) * command.rasterWidthBytes,
                        size_t(command.rasterWidthBytes));
        addLine(line);
        break;
    }
    case Kind::Cut: {
        if (!m_line.runs.isEmpty())
            endLine();
        PrintedLine feed;
        feed.kind = PrintedLine::Kind::Feed;
        feed.feedDots = command.arg;
        addLine(feed);
        break;
    }
    case Kind::Status:   // answered by the printer, prints nothing
    case Kind::Unknown:  // already a problem
    case Kind::Skipped:
        break;
    }
}

void EscPosDecoder::addText(const QByteArray &bytes)
{
    const int columns = m_widthDots / TicketPainter::CharWidth;
    // A text run may arrive in pieces: problems name the byte, not the run.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint8 code = quint8(bytes.at(i));
        QChar character = code >= 0x80 && code < 0xa0 ? QChar(Cp1252High[code - 0x80]) : QChar(code);
        if (character.isNull()) {
            problem(QStringLiteral("0x%1 is not a CP1252 character").arg(code, 2, 16, QChar(u'0')), i);
            character = u'?';
        }
        if (m_lineColumns + m_width > columns) {
            problem(QStringLiteral("a line wider than %1 columns wraps").arg(columns), i);
            endLine();
        }
        if (m_line.runs.isEmpty())
            m_line.justify = m_justify; // a printer takes the justification at the line's start
        if (m_line.runs.isEmpty() || m_line.runs.last().bold != m_bold || m_line.runs.last().width != m_width
            || m_line.runs.last().height != m_height)
            m_line.runs.append(PrintedRun{QString(), m_bold, m_width, m_height});
        m_line.runs.last().text += character;
        m_lineColumns += m_width;
    }
}

void EscPosDecoder::endLine()
{
    PrintedLine line = m_line;
    if (line.runs.isEmpty())
        line.justify = m_justify;
    m_line = {};
    m_lineColumns = 0;
    addLine(line);
}

void EscPosDecoder::addLine(PrintedLine line)
{
    if (m_lines.size() >= MaxLines) {
        if (!std::exchange(m_tooLongSaid, true))
            problem(QStringLiteral("more than %1 lines: the rest is not kept").arg(MaxLines));
        return;
    }
    m_lines.append(line);
}

DecodedTicket EscPosDecoder::complete(bool cut)
{
    if (!m_line.runs.isEmpty())
        endLine(); // printed by the cut, or lost with the stream: shown either way
    DecodedTicket ticket;
    ticket.cut = cut;
    ticket.codePages = m_codePages;
    ticket.text = ticketText(m_lines);
    ticket.problems = m_problems;
    ticket.image = TicketPainter(m_widthDots).paint(m_lines, &ticket.problems);
    m_lines.clear();
    m_line = {};
    m_lineColumns = 0;
    m_codePages.clear();
    m_problems.clear();
    m_tooLongSaid = false;
    m_offset = 0;
    return ticket;
}

DecodedTicket decodeTicket(const QByteArray &bytes, int paperWidthMm)
{
    EscPosDecoder decoder(paperWidthMm);
    QList<DecodedTicket> tickets = decoder.feed(bytes);
    if (tickets.isEmpty())
        return decoder.finish();
    DecodedTicket ticket = tickets.takeFirst();
    if (!tickets.isEmpty() || decoder.hasPending())
        ticket.problems.append(QStringLiteral("bytes after the cut"));
    return ticket;
}

} // namespace kiosk
