#include "printersim/ticketpainter.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <utility>

namespace kiosk {

namespace {

constexpr int FontPixelSize = 20; // DejaVu Sans Mono advances 0.602 em: 12 dots

// The application font families of the two files, loaded once; empty when a file is missing.
QString fontFamily(bool bold)
{
    static const auto load = [](const char *path) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QString() : families.first();
    };
    static const QString regular = load("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
    static const QString boldFamily = load("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf");
    return bold ? boldFamily : regular;
}

int justifiedX(int justify, int lineWidth, int paperWidth)
{
    if (justify == 1)
        return (paperWidth - lineWidth) / 2;
    if (justify == 2)
        return paperWidth - lineWidth;
    return 0;
}

} // namespace

TicketPainter::TicketPainter(int widthDots) : m_widthDots(widthDots) {}

int TicketPainter::lineHeight(const PrintedLine &line)
{
    if (line.kind == PrintedLine::Kind::Raster)
        return line.raster.height();
    if (line.kind == PrintedLine::Kind::Feed)
        return line.feedDots;
    int height = 1;
    for (const PrintedRun &run : line.runs)
        height = qMax(height, run.height);
    return CharHeight * height + LineGap;
}

const QImage &TicketPainter::glyph(QChar character, bool bold, QStringList *problems)
{
    const QString key = QString(bold ? u'b' : u'r') + character;
    auto found = m_glyphs.constFind(key);
    if (found != m_glyphs.constEnd())
        return *found;
    QImage cell(CharWidth, CharHeight, QImage::Format_Grayscale8);
    cell.fill(255);
    const QString family = fontFamily(bold);
    if (family.isEmpty()) {
        if (!std::exchange(m_fontMissingSaid, true))
            problems->append(QStringLiteral("font: DejaVu Sans Mono (fonts-dejavu-core) is missing; text not drawn"));
        return *m_glyphs.insert(key, cell);
    }
    QFont font(family);
    font.setPixelSize(FontPixelSize);
    font.setBold(bold); // both files are one family: the weight picks the file
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoAntialias | QFont::NoFontMerging));
    QPainter painter(&cell);
    painter.setRenderHint(QPainter::TextAntialiasing, false);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(0, QFontMetrics(font).ascent()), QString(character));
    painter.end();
    return *m_glyphs.insert(key, cell);
}

QImage TicketPainter::paint(const QList<PrintedLine> &lines, QStringList *problems)
{
    int height = 0;
    qsizetype count = 0;
    for (; count < lines.size(); ++count) {
        const int line = lineHeight(lines.at(count));
        if (height + line > MaxHeight) {
            problems->append(QStringLiteral("the ticket is longer than %1 dots: the picture stops there").arg(MaxHeight));
            break;
        }
        height += line;
    }
    QImage image(m_widthDots, qMax(height, 1), QImage::Format_Grayscale8);
    image.fill(255);
    const bool canDrawText = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    bool textLeftOut = false;
    QPainter painter(&image);
    int top = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const PrintedLine &line = lines.at(i);
        const int lineHeightDots = lineHeight(line);
        if (line.kind == PrintedLine::Kind::Raster) {
            painter.drawImage(justifiedX(line.justify, line.raster.width(), m_widthDots), top, line.raster);
        } else if (line.kind == PrintedLine::Kind::Text && !canDrawText) {
            textLeftOut = textLeftOut || !line.runs.isEmpty();
        } else if (line.kind == PrintedLine::Kind::Text) {
            int width = 0;
            for (const PrintedRun &run : line.runs)
                width += int(run.text.size()) * CharWidth * run.width;
            int x = justifiedX(line.justify, width, m_widthDots);
            const int baseline = top + lineHeightDots - LineGap;
            for (const PrintedRun &run : line.runs) {
                const QSize size(CharWidth * run.width, CharHeight * run.height);
                for (const QChar character : run.text) {
                    // Nearest-neighbour scaling: every dot of the 1x1 glyph becomes a block.
                    painter.drawImage(QRect(QPoint(x, baseline - size.height()), size),
                                      glyph(character, run.bold, problems));
                    x += size.width();
                }
            }
        }
        top += lineHeightDots;
    }
    if (textLeftOut)
        problems->append(QStringLiteral("no QGuiApplication: the picture's text was left out"));
    return image;
}

} // namespace kiosk
