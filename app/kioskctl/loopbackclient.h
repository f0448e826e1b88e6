#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk::ctl {

// One HTTP request to the kiosk's loopback listener, waited for in a local event loop (so a
// listener in the same thread, as in the tests, still answers), with a hard timeout.
struct LoopbackReply
{
    enum class Outcome {
        Answered,   // an HTTP status came back, whatever it was
        NotRunning, // connection refused: nothing listens on the port
        NoAnswer,   // timed out, reset, or another network error: it may be running but stuck
    };

    Outcome outcome = Outcome::NoAnswer;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QString error; // for NoAnswer

    bool answered() const { return outcome == Outcome::Answered; }
};

// `authorization`: the Authorization header's value, for the staff endpoints; none if empty.
// `jsonBody`: sent as application/json when not empty.
LoopbackReply loopbackRequest(quint16 port, const QByteArray &verb, const QString &pathAndQuery, int timeoutMs,
                              const QByteArray &authorization = {}, const QByteArray &jsonBody = {});

} // namespace kiosk::ctl
