#pragma once

#include <QString>
#include <QStringList>

namespace kiosk {

// Column layout for a receipt's fixed-width font. Every function first makes its text
// printable (printableText), so one character is one column and one CP1252 byte.

// `text` in lines of at most `width` columns, broken between words (a word longer than a line
// is cut); lines after the first start with `indent` spaces. Never an empty list.
QStringList wrapWords(const QString &text, int width, int indent = 0);

// `label` wrapped on the left and `amount` right-aligned on its first line, all within
// `columns`: "2 x Burger          $8.99". Wrapped lines start with `indent` spaces.
QStringList amountLines(const QString &label, const QString &amount, int columns, int indent = 0);

// A full-width rule of '-'.
QString separatorLine(int columns);

} // namespace kiosk
