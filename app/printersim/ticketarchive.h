#pragma once

#include "printersim/escposdecoder.h"

#include <QDir>

namespace kiosk {

// printersim's record of the tickets: each one decoded and written as ticket-NNN.bin (the
// bytes), .txt (ticketText's markup) and .png (the paper), NNN from 001.
class TicketArchive
{
public:
    TicketArchive(const QString &dir, int paperWidthMm);

    // false with `error` when the folder cannot be made.
    bool open(QString *error);
    // Decodes and writes the ticket; returns the log line for it.
    QString add(const QByteArray &bytes);

    const QList<DecodedTicket> &tickets() const { return m_tickets; }

private:
    QDir m_dir;
    int m_paperWidthMm;
    QList<DecodedTicket> m_tickets;
};

} // namespace kiosk
