#pragma once

#include "printersim/escposscanner.h"
#include "printersim/printedline.h"

#include <QImage>
#include <QList>
#include <QStringList>

namespace kiosk {

// A ticket as it came out of the printer. `text` follows the markup of ticketText()
// (tickettext.h, docs/printing.md); `image` is the paper (ticketpainter.h: drawing its text
// needs a QGuiApplication). `problems` lists every byte outside the ESC/POS subset the kiosk
// emits, with its offset in the ticket: a golden test expects none.
struct DecodedTicket
{
    QString text;
    QImage image;
    bool cut = false;       // ended with GS V 66 n
    QList<int> codePages;   // every ESC t n, in order
    QStringList problems;
};

// Decodes an ESC/POS stream incrementally: feed() returns the tickets each GS V completed.
// Text bytes are CP1252 (docs/printing.md); a line wider than the paper wraps, as on a printer,
// and is a problem. Any input is accepted (it is fuzzed): unknown bytes become problems.
class EscPosDecoder
{
public:
    // 80 mm paper: 576 dots (48 characters); 58 mm: 384 dots (32 characters).
    explicit EscPosDecoder(int paperWidthMm = 80);

    QList<DecodedTicket> feed(QByteArrayView bytes);
    // The ticket begun but not cut (cut false, a problem says so), and a fresh start; an empty
    // ticket when nothing is pending.
    DecodedTicket finish();
    bool hasPending() const { return m_offset > 0 || m_scanner.pendingBytes() > 0; }

    static constexpr int MaxLines = 4000; // more is a runaway stream, not a ticket

private:
    void apply(const EscPosCommand &command);
    void addText(const QByteArray &bytes);
    void endLine();
    void addLine(PrintedLine line);
    void problem(const QString &message, qsizetype within = 0);
    DecodedTicket complete(bool cut);
    void resetStyle();

    int m_widthDots;
    EscPosScanner m_scanner;
    qint64 m_offset = 0; // of the current command in the ticket
    // The ticket so far
    QList<PrintedLine> m_lines;
    PrintedLine m_line;
    int m_lineColumns = 0; // in 12-dot columns
    QList<int> m_codePages;
    QStringList m_problems;
    bool m_tooLongSaid = false;
    // The printer's modes
    int m_justify = 0;
    bool m_bold = false;
    int m_width = 1;
    int m_height = 1;
};

// One ticket from its bytes; bytes after its cut are a problem.
DecodedTicket decodeTicket(const QByteArray &bytes, int paperWidthMm = 80);

} // namespace kiosk
