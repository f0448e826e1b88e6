// Contract v1 conformance of the real refpos process for PUT /v1/menu/items/<id>/available:
// a pause shows in GET /v1/menu and changes its ETag, a resume and an expiry change it back,
// an unknown item is 404 and every broken body a 422 with its exact reason; pauses survive a
// SIGKILL.
#include "contract/responses.h"
#include "refposapifixture.h"

#include <QDateTime>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

QString inSeconds(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
}

QByteArray pauseBody(const QString &until)
{
    return compact(QJsonObject{{u"available"_s, false}, {u"until"_s, until}});
}

QJsonObject itemIn(const QJsonObject &menu, const QString &itemId)
{
    for (const QJsonValue &item : menu.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toString() == itemId)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestRefposPauses : public RefposApiTestCase
{
    Q_OBJECT

private:
    static inline const QString Item = u"classic_burger"_s;

    QUrl pauseUrl(const QString &itemId) const
    {
        return url(u"/v1/menu/items/%1/available"_s.arg(itemId));
    }

private slots:
    void pauseShowsInTheMenuUntilResumed()
    {
        const HttpResult before = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(before.status, 200);
        QCOMPARE(itemIn(before.json(), Item).value(u"available"_s).toBool(true), true);
        const QByteArray etag = before.header("ETag");

        const QString until = inSeconds(3600);
        const HttpResult paused = m_http.put(pauseUrl(Item), pauseBody(until));
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json(), (QJsonObject{{u"item_id"_s, Item}, {u"available"_s, false}, {u"until"_s, until}}));

        const HttpResult menu = m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}});
        QCOMPARE(menu.status, 200);
        QVERIFY(menu.header("ETag") != etag);
        QCOMPARE(itemIn(menu.json(), Item).value(u"available"_s).toBool(true), false);
        QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", menu.header("ETag")}}).status, 304);

        // A longer pause of the same item replaces the first: a new ETag again.
        QCOMPARE(m_http.put(pauseUrl(Item), pauseBody(inSeconds(7200))).status, 200);
        const QByteArray longer = m_http.get(url(u"/v1/menu"_s)).header("ETag");
        QVERIFY(longer != menu.header("ETag") && longer != etag);

        const HttpResult resumed = m_http.put(pauseUrl(Item), "{\"available\": true}");
        QCOMPARE(resumed.status, 200);
        QCOMPARE(resumed.json(), (QJsonObject{{u"item_id"_s, Item}, {u"available"_s, true}, {u"until"_s, QJsonValue()}}));
        // The menu and its ETag are the original ones again; resuming twice is the same answer.
        QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(m_http.put(pauseUrl(Item), "{\"available\": true, \"until\": null}").status, 200);
        QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}}).status, 304);
    }

    void pauseEndsOnItsOwnAtUntil()
    {
        const QByteArray etag = m_http.get(url(u"/v1/menu"_s)).header("ETag");
        // Milliseconds are RFC 3339 too, and make a short pause exact.
        const QString until = QDateTime::currentDateTimeUtc().addMSecs(1500).toString(Qt::ISODateWithMs);
        QCOMPARE(m_http.put(pauseUrl(Item), pauseBody(until)).status, 200);
        const HttpResult paused = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(itemIn(paused.json(), Item).value(u"available"_s).toBool(true), false);
        QVERIFY(paused.header("ETag") != etag);

        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}}).status, 304, 5000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= QDateTime::fromString(until, Qt::ISODateWithMs));
        QCOMPARE(itemIn(m_http.get(url(u"/v1/menu"_s)).json(), Item).value(u"available"_s).toBool(false), true);
    }

    // Switched off through the admin API and then paused: the body is the same, the ETag not,
    // so other kiosks still learn of the pause (and later of its end).
    void pauseOfASoldOutItemChangesTheEtag()
    {
        const QUrl admin = url(u"/admin/menu/items/%1/available"_s.arg(Item));
        QCOMPARE(m_http.put(admin, "{\"available\": false}").status, 200);
        const HttpResult soldOut = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(m_http.put(pauseUrl(Item), pauseBody(inSeconds(600))).status, 200);
        const HttpResult paused = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(paused.body, soldOut.body);
        QVERIFY(paused.header("ETag") != soldOut.header("ETag"));
        QCOMPARE(m_http.put(pauseUrl(Item), "{\"available\": true}").status, 200);
        QCOMPARE(m_http.get(url(u"/v1/menu"_s)).header("ETag"), soldOut.header("ETag"));
        QCOMPARE(m_http.put(admin, "{\"available\": true}").status, 200);
    }

    void unknownItem()
    {
        const HttpResult reply = m_http.put(pauseUrl(u"no_such_item"_s), pauseBody(inSeconds(600)));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json(), (QJsonObject{{u"error"_s, u"no menu item \"no_such_item\""_s},
                                            {u"code"_s, u"unknown_item"_s}}));
    }

    // Without --menu there is no item to pause.
    void noMenuNoItem()
    {
        QTemporaryDir dir;
        RefposProcess bare(dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(bare.start({}, &error), qPrintable(error));
        const HttpResult reply = HttpClient().put(bare.url(u"/v1/menu/items/%1/available"_s.arg(Item)),
                                                  pauseBody(inSeconds(600)));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(u"code"_s).toString(), u"unknown_item"_s);
        QCOMPARE(bare.terminate(), 0);
    }

    void methodAndToken()
    {
        QCOMPARE(m_http.get(pauseUrl(Item)).status, 405);
        HttpClient anonymous;
        QCOMPARE(anonymous.put(pauseUrl(Item), pauseBody(inSeconds(600))).status, 401);
        QCOMPARE(itemIn(m_http.get(url(u"/v1/menu"_s)).json(), Item).value(u"available"_s).toBool(false), true);
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{") << u"body: invalid JSON (unterminated object at offset 1)"_s;
        QTest::newRow("not an object") << QByteArray("[]") << u"body: expected a JSON object"_s;
        QTest::newRow("no available") << QByteArray("{}") << u"available: missing"_s;
        QTest::newRow("available not bool") << QByteArray("{\"available\": \"no\"}")
                                            << u"available: expected true or false, got a string"_s;
        QTest::newRow("until missing") << QByteArray("{\"available\": false}")
                                       << u"until: required when \"available\" is false (when the pause ends, RFC 3339 UTC)"_s;
        QTest::newRow("until with available") << QByteArray("{\"available\": true, \"until\": \"2099-01-01T00:00:00Z\"}")
                                              << u"until: only with \"available\": false (a resumed item has no end)"_s;
        QTest::newRow("until not a string") << QByteArray("{\"available\": false, \"until\": 17}")
                                            << u"until: expected a string, got the number 17"_s;
        for (const char *until : {"tomorrow", "2099-01-01", "2099-01-01T00:00:00", "2099-01-01T00:00:00+01:00",
                                  "2099-01-01 00:00:00Z"}) {
            QTest::newRow(until) << pauseBody(QString::fromLatin1(until))
                                 << u"until: expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"%1\""_s
                                        .arg(QString::fromLatin1(until));
        }
        QTest::newRow("unknown key") << QByteArray("{\"available\": false, \"until\": \"2099-01-01T00:00:00Z\", \"why\": \"x\"}")
                                     << u"body: unknown key \"why\" (expected \"available\" and \"until\")"_s;
    }

    void invalidBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const HttpResult reply = m_http.put(pauseUrl(Item), body);
        QVERIFY2(reply.status == 422, reply.body.constData());
        QCOMPARE(parseErrorBody(reply.body), reason);
        QCOMPARE(reply.json().value(u"code"_s).toString(), u"validation"_s);
    }

    void untilInThePast()
    {
        const QString until = u"2020-01-01T00:00:00Z"_s;
        const HttpResult reply = m_http.put(pauseUrl(Item), pauseBody(until));
        QCOMPARE(reply.status, 422);
        const QString reason = parseErrorBody(reply.body).value_or(QString());
        QVERIFY2(reason.startsWith(u"until: 2020-01-01T00:00:00Z is in the past (now is "_s), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestRefposPauses)
#include "tst_refpospauses.moc"
