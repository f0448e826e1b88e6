#pragma once

#include "printersim/printedline.h"

#include <QHash>
#include <QImage>
#include <QStringList>

namespace kiosk {

// Draws printed lines as the paper would show them: white paper, black ink (Grayscale8, every
// pixel 0 or 255), `widthDots` wide. Characters are 12x24 dots of DejaVu Sans Mono (the font
// files of Debian's fonts-dejavu-core, loaded by path, no antialiasing or hinting), enlarged by
// GS ! as a printer does: each dot becomes a W x H block. So the picture is the same on every
// Debian 12 machine. Raster images are copied bit for bit.
// Drawing text needs a QGuiApplication (QT_QPA_PLATFORM=offscreen will do); without one the
// text is left out and a problem says so.
class TicketPainter
{
public:
    static constexpr int CharWidth = 12;
    static constexpr int CharHeight = 24;
    static constexpr int LineGap = 6;        // a 1x1 line advances 30 dots
    static constexpr int MaxHeight = 16000;  // dots (2 m); a longer ticket is cut there (a problem)

    explicit TicketPainter(int widthDots);

    QImage paint(const QList<PrintedLine> &lines, QStringList *problems);

    static int lineHeight(const PrintedLine &line);

private:
    // One character at 1x1, black on white, cached.
    const QImage &glyph(QChar character, bool bold, QStringList *problems);

    int m_widthDots;
    QHash<QString, QImage> m_glyphs; // key: bold flag + character
    bool m_fontMissingSaid = false;
};

} // namespace kiosk
