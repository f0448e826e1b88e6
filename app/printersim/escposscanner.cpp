#include "printersim/escposscanner.h"

namespace kiosk {

namespace {

constexpr char Lf = 0x0a;
constexpr char Esc = 0x1b;
constexpr char Gs = 0x1d;
constexpr char Dle = 0x10;
constexpr int RasterHeader = 8; // GS v 0 m xL xH yL yH

quint8 byteAt(const QByteArray &bytes, qsizetype i)
{
    return quint8(bytes.at(i));
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

void EscPosScanner::reset()
{
    m_buffer.clear();
    m_skipLeft = 0;
}

QList<EscPosCommand> EscPosScanner::feed(QByteArrayView bytes)
{
    QList<EscPosCommand> commands;
    m_buffer.append(bytes);
    while (!m_buffer.isEmpty()) {
        if (m_skipLeft > 0) {
            const qsizetype skipped = qsizetype(qMin<qint64>(m_skipLeft, m_buffer.size()));
            m_skipLeft -= skipped;
            EscPosCommand command;
            command.kind = EscPosCommand::Kind::Skipped;
            command.raw = m_buffer.first(skipped);
            m_buffer.remove(0, skipped);
            commands.append(command);
            continue;
        }
        if (byteAt(m_buffer, 0) == quint8(Gs) && m_buffer.size() >= 3 && m_buffer.at(1) == 'v'
            && m_buffer.at(2) == '0') {
            if (m_buffer.size() < RasterHeader)
                break;
            const qint64 size = qint64(byteAt(m_buffer, 4) + byteAt(m_buffer, 5) * 256)
                              * (byteAt(m_buffer, 6) + byteAt(m_buffer, 7) * 256);
            if (size <= MaxRasterBytes && m_buffer.size() < RasterHeader + size)
                break;
            commands.append(takeRaster());
            continue;
        }
        const qsizetype length = commandLength();
        if (length == 0)
            break;
        commands.append(take(length));
    }
    return commands;
}

qsizetype EscPosScanner::commandLength() const
{
    const quint8 first = byteAt(m_buffer, 0);
    if (first >= 0x20) {
        qsizetype end = 1;
        while (end < m_buffer.size() && byteAt(m_buffer, end) >= 0x20)
            ++end;
        return end;
    }
    if (first != quint8(Esc) && first != quint8(Gs) && first != quint8(Dle))
        return 1; // LF, or a control byte outside the subset
    if (m_buffer.size() < 2)
        return 0;
    const char second = m_buffer.at(1);
    qsizetype length = 2;
    if (first == quint8(Esc) && (second == 't' || second == 'a' || second == 'E' || second == 'd'))
        length = 3;
    else if (first == quint8(Gs) && second == '!')
        length = 3;
    else if (first == quint8(Gs) && second == 'V')
        length = m_buffer.size() < 3 ? 3 : (m_buffer.at(2) == 'A' || m_buffer.at(2) == 'B') ? 4 : 3;
    else if (first == quint8(Dle) && second == 0x04)
        length = 3;
    else if (first == quint8(Gs) && second == 'v')
        length = 3; // GS v followed by something else than '0'
    return m_buffer.size() >= length ? length : 0;
}

EscPosCommand EscPosScanner::take(qsizetype length)
{
    using Kind = EscPosCommand::Kind;
    EscPosCommand command;
    command.raw = m_buffer.first(length);
    m_buffer.remove(0, length);
    const QByteArray &raw = command.raw;
    const quint8 first = byteAt(raw, 0);
    if (first >= 0x20) {
        command.kind = Kind::Text;
        command.text = raw;
        return command;
    }
    if (length >= 3)
        command.arg = byteAt(raw, length - 1);
    const char second = length >= 2 ? raw.at(1) : 0;
    if (first == quint8(Lf)) {
        command.kind = Kind::LineFeed;
    } else if (first == quint8(Esc) && second == '@') {
        command.kind = Kind::Initialize;
    } else if (first == quint8(Esc) && second == 't') {
        command.kind = Kind::CodePage;
    } else if (first == quint8(Esc) && second == 'a') {
        command.kind = Kind::Justify;
        if (command.arg > 2)
            command.problem = QStringLiteral("ESC a %1: justification outside 0..2").arg(command.arg);
    } else if (first == quint8(Esc) && second == 'E') {
        command.kind = Kind::Bold;
        if (command.arg > 1)
            command.problem = QStringLiteral("ESC E %1: bold outside 0..1").arg(command.arg);
    } else if (first == quint8(Esc) && second == 'd') {
        command.kind = Kind::FeedLines;
    } else if (first == quint8(Gs) && second == '!') {
        command.kind = Kind::Size;
        if (command.arg & 0x88)
            command.problem = QStringLiteral("GS ! 0x%1: size outside 1..8").arg(command.arg, 2, 16, QChar(u'0'));
    } else if (first == quint8(Gs) && second == 'V') {
        command.kind = Kind::Cut;
        if (raw.at(2) != 'B')
            command.problem = QStringLiteral("GS V %1: only GS V 66 n is in the subset").arg(byteAt(raw, 2));
        command.arg = raw.at(2) == 'B' ? byteAt(raw, 3) : 0;
    } else if (first == quint8(Dle) && second == 0x04) {
        command.kind = Kind::Status;
        if (command.arg < 1 || command.arg > 4)
            command.problem = QStringLiteral("DLE EOT %1: status outside 1..4").arg(command.arg);
    } else {
        command.kind = Kind::Unknown;
        command.problem = QStringLiteral("unknown bytes %1").arg(hex(raw));
    }
    return command;
}

EscPosCommand EscPosScanner::takeRaster()
{
    EscPosCommand command;
    command.kind = EscPosCommand::Kind::Raster;
    command.arg = byteAt(m_buffer, 3);
    command.rasterWidthBytes = byteAt(m_buffer, 4) + byteAt(m_buffer, 5) * 256;
    command.rasterHeight = byteAt(m_buffer, 6) + byteAt(m_buffer, 7) * 256;
    const qint64 size = qint64(command.rasterWidthBytes) * command.rasterHeight;
    if (command.arg != 0)
        command.problem = QStringLiteral("GS v 0 m=%1: only m=0 is in the subset").arg(command.arg);
    if (size == 0)
        command.problem = QStringLiteral("GS v 0: an empty raster image");
    if (size > MaxRasterBytes) {
        command.problem = QStringLiteral("GS v 0: a raster image of %1 bytes, over %2").arg(size).arg(MaxRasterBytes);
        command.raw = m_buffer.first(RasterHeader);
        m_buffer.remove(0, RasterHeader);
        m_skipLeft = size;
        return command;
    }
    command.raw = m_buffer.first(RasterHeader + qsizetype(size));
    command.rasterData = command.raw.sliced(RasterHeader);
    m_buffer.remove(0, command.raw.size());
    return command;
}

} // namespace kiosk
