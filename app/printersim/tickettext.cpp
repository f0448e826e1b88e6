#include "printersim/tickettext.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QChar justifyMark(int justify)
{
    return justify == 1 ? u'^' : justify == 2 ? u'>' : u'|';
}

// Trailing spaces are invisible on paper and noise in a golden file.
QList<PrintedRun> withoutTrailingSpaces(QList<PrintedRun> runs)
{
    while (!runs.isEmpty()) {
        QString &last = runs.last().text;
        while (last.endsWith(u' '))
            last.chop(1);
        if (!last.isEmpty())
            break;
        runs.removeLast();
    }
    return runs;
}

QString runsText(const QList<PrintedRun> &runs)
{
    QString text;
    int width = 1;
    int height = 1;
    bool bold = false;
    for (const PrintedRun &run : runs) {
        if (run.bold != bold) {
            text += run.bold ? u"{b}" : u"{/b}";
            bold = run.bold;
        }
        if (run.width != width || run.height != height) {
            text += u"{%1x%2}"_s.arg(run.width).arg(run.height);
            width = run.width;
            height = run.height;
        }
        text += run.text;
    }
    if (bold)
        text += u"{/b}";
    return text;
}

} // namespace

QString ticketText(const QList<PrintedLine> &lines)
{
    QString text;
    for (const PrintedLine &line : lines) {
        if (line.kind == PrintedLine::Kind::Feed)
            continue;
        QString out;
        const QList<PrintedRun> runs = withoutTrailingSpaces(line.runs);
        if (line.kind == PrintedLine::Kind::Raster)
            out = u"%1{image %2x%3}"_s.arg(justifyMark(line.justify)).arg(line.raster.width()).arg(line.raster.height());
        else if (!runs.isEmpty())
            out = justifyMark(line.justify) + runsText(runs);
        text += out + u'\n';
    }
    return text;
}

} // namespace kiosk
