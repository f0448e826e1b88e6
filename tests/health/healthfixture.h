#pragma once

// Shared by the health tests: kiosk databases with outbox rows, damaged copies of them,
// settings for short test runs, and a small HTTP client for the loopback listener.
#include "config/healthsettings.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace kiosk::test {

inline std::unique_ptr<Database> openDb(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return db;
}

// Queues an entry the way checkout does, created `ageS` seconds before `now`.
inline void enqueue(Database &db, const QString &kind, const QString &key, qint64 ageS, const QDateTime &now,
                    const QByteArray &body = R"({"items":[]})")
{
    Outbox outbox(db);
    if (!outbox.enqueue(kind, key, body, now.addSecs(-ageS)))
        qFatal("enqueue failed: %s", qPrintable(outbox.lastError()));
}

inline void setState(Database &db, const QString &key, const char *state)
{
    Statement st = db.prepare("UPDATE outbox SET state = ?1 WHERE key = ?2");
    if (!st.bind(1, QString::fromLatin1(state)).bind(2, key).exec())
        qFatal("update failed: %s", qPrintable(db.lastError()));
}

// A closed (so checkpointed, without a -wal file) kiosk database with `entries` orders.
inline void makeDatabase(const QString &path, int entries, const QDateTime &now)
{
    auto db = openDb(path);
    for (int i = 0; i < entries; ++i) {
        // Bodies of about a kilobyte, so the outbox spans many pages.
        enqueue(*db, QStringLiteral("order"), QStringLiteral("order-%1").arg(i), entries - i, now,
                QByteArray(R"({"note":")") + QByteArray(1000, char('a' + i % 26)) + R"("})");
    }
}

// Overwrites `length` bytes at `offset` with `fill`.
inline void overwrite(const QString &path, qint64 offset, qint64 length, char fill)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(QByteArray(length, fill)) != length)
        qFatal("cannot damage %s", qPrintable(path));
}

// Short intervals, a free port, and thresholds a test machine cannot trip by accident.
inline HealthSettings testSettings()
{
    HealthSettings s;
    s.serviceId = QStringLiteral("T1");
    s.listenPort = 0;
    s.diskFreeWarnMb = 0;
    s.diskFreeFailMb = 0;
    s.rssWarnMb = 100000;
    s.rssFailMb = 100000;
    s.sampleIntervalMs = 200;
    s.refreshIntervalMs = 100;
    s.heartbeatMs = 50;
    return s;
}

struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

inline HttpReply request(QNetworkAccessManager &nam, const QByteArray &verb, quint16 port, const char *path,
                         const char *host = "127.0.0.1")
{
    const QUrl url(QStringLiteral("http://%1:%2%3").arg(QLatin1String(host)).arg(port).arg(QLatin1String(path)));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(6000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.body = reply->readAll();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace kiosk::test
