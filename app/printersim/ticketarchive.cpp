#include "printersim/ticketarchive.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

bool writePng(const QString &path, const QImage &image)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

} // namespace

TicketArchive::TicketArchive(const QString &dir, int paperWidthMm)
    : m_dir(dir)
    , m_paperWidthMm(paperWidthMm)
{
}

bool TicketArchive::open(QString *error)
{
    if (m_dir.mkpath(u"."_s))
        return true;
    *error = u"--out: cannot create the folder %1"_s.arg(m_dir.path());
    return false;
}

QString TicketArchive::add(const QByteArray &bytes)
{
    DecodedTicket ticket = decodeTicket(bytes, m_paperWidthMm);
    const QString base = m_dir.filePath(u"ticket-%1"_s.arg(m_tickets.size() + 1, 3, 10, QChar(u'0')));
    // Written whole each (QSaveFile): a test polling the folder never reads half a file.
    const bool written = writeFile(base + u".bin"_s, bytes) && writeFile(base + u".txt"_s, ticket.text.toUtf8())
                      && writePng(base + u".png"_s, ticket.image);
    const QString line = u"ticket %1: %2 bytes, %3 lines, %4, %5 problems -> %6.{bin,txt,png}%7"_s
                             .arg(m_tickets.size() + 1)
                             .arg(bytes.size())
                             .arg(ticket.text.count(u'\n'))
                             .arg(ticket.cut ? u"cut"_s : u"not cut"_s)
                             .arg(ticket.problems.size())
                             .arg(base, written ? QString() : u" (could not write the files)"_s);
    m_tickets.append(std::move(ticket));
    return line;
}

} // namespace kiosk
