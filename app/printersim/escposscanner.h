#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kiosk {

// One command of the ESC/POS subset the kiosk emits (docs/printing.md), as the scanner cut it
// out of the stream. `raw` holds the exact bytes, so a recorder can keep the stream as sent.
struct EscPosCommand
{
    enum class Kind {
        Text,       // a run of printable bytes (>= 0x20), still CP1252
        LineFeed,   // LF
        Initialize, // ESC @
        CodePage,   // ESC t n
        Justify,    // ESC a n
        Bold,       // ESC E n
        Size,       // GS ! n
        FeedLines,  // ESC d n
        Raster,     // GS v 0 m xL xH yL yH d...
        Cut,        // GS V m [n]
        Status,     // DLE EOT n
        Unknown,    // bytes outside the subset (`problem` says which)
        Skipped,    // data of a raster image too large to keep
    };

    Kind kind = Kind::Unknown;
    int arg = 0;        // n of the commands that take one
    QByteArray text;    // Text: the bytes
    int rasterWidthBytes = 0;
    int rasterHeight = 0;
    QByteArray rasterData; // Raster: widthBytes * height bytes, row by row, MSB leftmost
    QByteArray raw;
    QString problem;    // non-empty: outside the subset or malformed (the command still counts)
};

// Cuts an ESC/POS byte stream into commands, incrementally: bytes of a command that is not
// complete yet wait for the next feed(). The simulator needs this to tell a DLE EOT query from
// the same two bytes inside raster data or an argument, and the decoder builds on it. Any input
// is accepted: what it does not know becomes an Unknown command, never a crash.
class EscPosScanner
{
public:
    // Raster data above this many bytes is skipped, not kept (a printer's buffer is finite,
    // and the fuzzer must not make us allocate gigabytes).
    static constexpr qsizetype MaxRasterBytes = 1 << 20;

    QList<EscPosCommand> feed(QByteArrayView bytes);
    // Bytes of an incomplete command still waiting (0 when the stream ended cleanly).
    qsizetype pendingBytes() const { return m_buffer.size() + m_skipLeft; }
    void reset();

private:
    // The length of the command at the start of m_buffer, or 0 when more bytes are needed.
    qsizetype commandLength() const;
    EscPosCommand take(qsizetype length);
    EscPosCommand takeRaster();

    QByteArray m_buffer;
    qint64 m_skipLeft = 0; // bytes of an oversized raster still to skip
};

} // namespace kiosk
