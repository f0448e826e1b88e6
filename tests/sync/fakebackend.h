#pragma once

// An in-process stand-in for the backend on Qt HttpServer (6.4 API: one missing-handler for
// every path), scriptable answer by answer. It lives on the test's thread while the sync
// worker runs on its own, so the two really talk over loopback.
#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QStringList>
#include <list>

namespace kiosk::test {

class FakeBackend : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 0;       // 0: the contract's own answer (201, or 200 for a replay)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;    // never answer (the responder is kept until the backend dies)
        bool process = false; // record the submission even though the answer is scripted

        // This status and body instead of processing the request.
        static Reply answer(int status, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
        {
            return Reply{status, std::move(body), std::move(headers), false, false};
        }
        // Processes the request, then answers with this instead of the contract's body.
        static Reply processedThen(int status, QByteArray body)
        {
            return Reply{status, std::move(body), {}, false, true};
        }
        // Processes the request and never answers.
        static Reply processedThenHang() { return Reply{0, {}, {}, true, true}; }
    };

    struct Seen
    {
        QByteArray method;
        QString path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return headers.value(name); }
    };

    explicit FakeBackend(QObject *parent = nullptr);

    // Listens on 127.0.0.1:`port` (0 picks one); returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);

    // Answers to the next POSTs to /v1/*, in order; afterwards submissions are accepted
    // (201, then 200 replays per key) with `pointsEarned` points.
    QList<Reply> script;
    // Answers by path (any method), taken in order before anything else, such as the payment
    // paths; a path with none left is answered as before.
    QHash<QString, QList<Reply>> routes;
    int pointsEarned = 7;
    bool healthy = true;
    QByteArray menuBody;
    QByteArray menuEtag;

    QList<Seen> requests;
    int connections = 0;      // TCP connections accepted
    QStringList acceptedKeys; // unique keys, in the order they were first accepted
    QStringList requestKeys(const QString &path) const; // Idempotency-Key of each POST to path
    int count(const QString &path) const;
    Seen last(const QString &path) const; // the latest request to path

signals:
    void requestSeen(const QString &path);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply submission(const Seen &seen);

    QHttpServer m_server;
    std::list<QHttpServerResponder> m_held;
};

} // namespace kiosk::test
