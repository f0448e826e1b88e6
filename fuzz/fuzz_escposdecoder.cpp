// The ESC/POS decoder (app/printersim): any bytes decode without crashing, to the same tickets
// whether they arrive at once or in two pieces, and the scanner accounts for every byte (the
// printer simulator relies on it to tell status queries from data). A QGuiApplication is made
// so that the ticket's text is drawn too.
#include "fuzzinput.h"
#include "printersim/escposdecoder.h"

#include <QGuiApplication>

namespace {

QGuiApplication *application = nullptr;

bool sameTickets(const QList<kiosk::DecodedTicket> &a, const QList<kiosk::DecodedTicket> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].problems != b[i].problems || a[i].image != b[i].image
            || a[i].codePages != b[i].codePages || a[i].cut != b[i].cut)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    application = new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const int paperWidth = size > 0 && (data[0] & 1) ? 58 : 80;

    kiosk::EscPosDecoder whole(paperWidth);
    QList<kiosk::DecodedTicket> all = whole.feed(input);
    all.append(whole.finish());

    const qsizetype split = size > 0 ? qsizetype(data[0]) % (input.size() + 1) : 0;
    kiosk::EscPosDecoder pieces(paperWidth);
    QList<kiosk::DecodedTicket> inPieces = pieces.feed(QByteArrayView(input).first(split));
    inPieces.append(pieces.feed(QByteArrayView(input).sliced(split)));
    inPieces.append(pieces.finish());
    if (!sameTickets(all, inPieces))
        __builtin_trap();
    for (const kiosk::DecodedTicket &ticket : all) {
        if (!ticket.image.isNull() && ticket.image.width() != (paperWidth == 58 ? 384 : 576))
            __builtin_trap();
    }

    kiosk::EscPosScanner scanner;
    qsizetype accounted = 0;
    for (const kiosk::EscPosCommand &command : scanner.feed(input))
        accounted += command.raw.size();
    // pendingBytes() also counts raster data still to come, so it may exceed what is left.
    if (accounted > input.size() || accounted + scanner.pendingBytes() < input.size())
        __builtin_trap();
    return 0;
}
