#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk {

// The text a CP1252 printer can print: composed (NFC) so "é" is one letter, every kind of
// space a plain space, and '?' for each character outside CP1252 (one per code point, so an
// emoji does not turn into two). Its length is the number of columns it takes.
QString printableText(const QString &text);

// CP1252 bytes of `text`: Latin-1 for every Spanish letter and ¿ ¡, 0x80 for €, the other
// 0x80-0x9F punctuation, and '?' for anything else.
QByteArray toCp1252(const QString &text);

} // namespace kiosk
