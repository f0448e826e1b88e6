#include "print/cp1252.h"

#include <QList>

#include <array>

namespace kiosk {

namespace {
// CP1252 0x80..0x9F: the only range that differs from Latin-1 (0 where the byte is undefined).
constexpr std::array<char32_t, 32> HighRange = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

// The CP1252 byte of a code point, or 0 when it has none.
unsigned char byteFor(char32_t c)
{
    if (c == 0)
        return 0;
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return static_cast<unsigned char>(c);
    for (size_t i = 0; i < HighRange.size(); ++i) {
        if (HighRange[i] == c)
            return static_cast<unsigned char>(0x80 + i);
    }
    return 0;
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F;
}
} // namespace

QString printableText(const QString &text)
{
    QString out;
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    out.reserve(codePoints.size());
    for (const uint c : codePoints) {
        // Control bytes would be commands to the printer: a tab or newline is a space here.
        if (QChar::isSpace(c) || isControl(c))
            out += u' ';
        else if (const char32_t letter = c; byteFor(letter) != 0)
            out += QString::fromUcs4(&letter, 1);
        else
            out += u'?';
    }
    return out;
}

QByteArray toCp1252(const QString &text)
{
    QByteArray out;
    const QList<uint> codePoints = printableText(text).toUcs4();
    out.reserve(codePoints.size());
    for (const uint c : codePoints)
        out += static_cast<char>(byteFor(c));
    return out;
}

} // namespace kiosk
