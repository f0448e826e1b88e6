#include "print/textcolumns.h"

#include "print/cp1252.h"

#include <algorithm>

namespace kiosk {

namespace {
// A label column narrower than this would wrap every word: the amount gets its own line.
constexpr int MinLabelColumns = 8;
} // namespace

QStringList wrapWords(const QString &text, int width, int indent)
{
    width = std::max(width, 1);
    indent = std::clamp(indent, 0, width - 1);
    const QString printable = printableText(text);
    QStringList words = printable.split(u' ', Qt::SkipEmptyParts);
    // A leading indent ("  + Extra cheese") stays with the first word.
    qsizetype lead = 0;
    while (lead < printable.size() && printable.at(lead) == u' ')
        ++lead;
    if (!words.isEmpty())
        words[0].prepend(QString(std::min<qsizetype>(lead, width - 1), u' '));
    QStringList lines;
    QString current;
    const auto room = [&] { return lines.isEmpty() ? width : width - indent; };
    const auto flush = [&] {
        lines.append(lines.isEmpty() ? current : QString(indent, u' ') + current);
        current.clear();
    };
    for (QString word : std::as_const(words)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() <= room()) {
            current += u' ' + word;
            continue;
        }
        if (!current.isEmpty())
            flush();
        while (word.size() > room()) {
            current = word.left(room());
            word.remove(0, current.size());
            flush();
        }
        current = word;
    }
    if (!current.isEmpty() || lines.isEmpty())
        flush();
    return lines;
}

QStringList amountLines(const QString &label, const QString &amount, int columns, int indent)
{
    const QString price = printableText(amount).trimmed();
    if (price.isEmpty())
        return wrapWords(label, columns, indent);
    const int labelColumns = columns - static_cast<int>(price.size()) - 1;
    if (labelColumns < MinLabelColumns) {
        QStringList lines = wrapWords(label, columns, indent);
        lines.append(price.rightJustified(columns, u' ', true));
        return lines;
    }
    QStringList lines = wrapWords(label, labelColumns, indent);
    lines[0] = lines.at(0).leftJustified(labelColumns + 1) + price;
    return lines;
}

QString separatorLine(int columns)
{
    return QString(std::max(columns, 0), u'-');
}

} // namespace kiosk
