// Contract v1 conformance of the real refpos process: authentication, routing, idempotency
// (replay, conflict, key rules), every 422 rule over HTTP, the menu's ETag, and the admin API.
// (Members and points: tst_refposloyalty.)
#include "contract/responses.h"
#include "refposapifixture.h"
#include "support/contractsamples.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestRefposApi : public RefposApiTestCase
{
    Q_OBJECT

private slots:
    void health()
    {
        const HttpResult reply = m_http.get(url(u"/v1/health"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), (QJsonObject{{u"status"_s, u"pass"_s}}));
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    }

    void unauthorized_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong token") << QByteArray("Bearer not-the-token");
        QTest::newRow("not bearer") << QByteArray("Basic " + Token.toBase64());
    }

    void unauthorized()
    {
        QFETCH(QByteArray, authorization);
        HttpClient anonymous;
        const HttpClient::Headers headers = authorization.isEmpty()
            ? HttpClient::Headers{} : HttpClient::Headers{{"Authorization", authorization}};
        for (const QString &path : {u"/v1/health"_s, u"/v1/menu"_s}) {
            const HttpResult reply = anonymous.get(url(path), headers);
            QCOMPARE(reply.status, 401);
            QCOMPARE(parseErrorBody(reply.body), u"missing or wrong bearer token"_s);
            QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
        }
        const QJsonObject order = sampleOrderJson();
        HttpClient::Headers postHeaders = headers;
        postHeaders.append({"Idempotency-Key", idOf(order).toUtf8()});
        QCOMPARE(anonymous.post(url(u"/v1/orders"_s), compact(order), postHeaders).status, 401);
        QVERIFY(!orderStored(idOf(order)));
    }

    // /admin/ takes refpos's admin token only: not the kiosks' token, not none. Without
    // --admin-token-file it is off, and the admin token must differ from the kiosks'.
    void adminNeedsItsOwnToken()
    {
        QCOMPARE(m_http.get(url(u"/admin/stats"_s)).status, 200); // HttpClient sends RefposAdminToken
        for (const QByteArray &authorization : {QByteArray("Bearer " + Token), QByteArray("Bearer wrong"),
                                                QByteArray("Basic x")}) {
            const HttpResult reply = m_http.get(url(u"/admin/stats"_s), {{"Authorization", authorization}});
            QCOMPARE(reply.status, 401);
            QCOMPARE(parseErrorBody(reply.body), u"missing or wrong admin token"_s);
        }

        QTemporaryDir dir;
        RefposProcess withoutAdmin(dir.filePath(u"off.db"_s));
        QString error;
        QVERIFY2(withoutAdmin.start({u"--admin-token-file"_s, QString()}, &error), qPrintable(error));
        const HttpResult off = m_http.get(withoutAdmin.url(u"/admin/faults"_s));
        QCOMPARE(off.status, 403);
        QCOMPARE(parseErrorBody(off.body), u"the admin API is off: start refpos with --admin-token-file"_s);
        QCOMPARE(withoutAdmin.terminate(), 0);

        const QString same = dir.filePath(u"same.token"_s);
        QVERIFY(writeTokenFile(same, Token));
        RefposProcess sameToken(dir.filePath(u"same.db"_s));
        QVERIFY(!sameToken.start({u"--token-file"_s, same, u"--admin-token-file"_s, same}, &error));
        QVERIFY2(error.contains(u"hold the same token"_s), qPrintable(error));
    }

    void unknownPathsAndMethods()
    {
        HttpResult reply = m_http.get(url(u"/v1/nothing"_s));
        QCOMPARE(reply.status, 404);
        QVERIFY(parseErrorBody(reply.body));
        QCOMPARE(m_http.get(url(u"/elsewhere"_s)).status, 404);
        reply = m_http.get(url(u"/v1/orders"_s));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST"));
        QVERIFY(parseErrorBody(reply.body));
        QCOMPARE(m_http.post(url(u"/v1/menu"_s), "{}").status, 405);
        QCOMPARE(m_http.put(url(u"/admin/orders"_s), "{}").status, 405);
    }

    void orderCreatedThenReplayed()
    {
        const QJsonObject order = sampleOrderJson();
        const HttpResult first = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(first.status, 201);
        QString error;
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(first.body, &error);
        QVERIFY2(accepted, qPrintable(error));
        QCOMPARE(accepted->orderId.toString(QUuid::WithoutBraces), idOf(order));
        QCOMPARE(accepted->pointsEarned, 0);

        const HttpResult replay = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        // The same JSON spelled differently is the same body.
        const QByteArray indented = QJsonDocument(order).toJson(QJsonDocument::Indented);
        const HttpResult respelled = m_http.post(url(u"/v1/orders"_s), indented,
                                                 {{"Idempotency-Key", idOf(order).toUtf8()}});
        QCOMPARE(respelled.status, 200);
        QCOMPARE(respelled.body, first.body);

        const QJsonArray orders = adminList(u"orders"_s);
        const auto stored = std::find_if(orders.begin(), orders.end(), [&order](const QJsonValue &o) {
            return o.toObject().value(u"id"_s).toString() == idOf(order);
        });
        QVERIFY(stored != orders.end());
        QCOMPARE(stored->toObject().value(u"attempts"_s).toInt(), 3);
        QCOMPARE(stored->toObject().value(u"number"_s).toString(), u"K1-042"_s);
        QCOMPARE(stored->toObject().value(u"kiosk_id"_s).toString(), u"K1"_s);
        QVERIFY(!stored->toObject().value(u"received_at"_s).toString().isEmpty());
    }

    void sameKeyDifferentBodyConflicts()
    {
        const QJsonObject order = sampleOrderJson();
        const HttpResult first = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(first.status, 201);
        QJsonObject changed = order;
        changed.insert(u"number"_s, u"K1-043"_s);
        const HttpResult conflict = m_http.postJson(url(u"/v1/orders"_s), changed, idOf(order));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(parseErrorBody(conflict.body),
                 u"Idempotency-Key: order %1 was already received with a different body"_s.arg(idOf(order)));
        // The original is untouched and still replays.
        const HttpResult replay = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
    }

    void keyRules()
    {
        const QJsonObject order = sampleOrderJson();
        HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, QString());
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"Idempotency-Key: missing"_s);

        const QString otherKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        reply = m_http.postJson(url(u"/v1/orders"_s), order, otherKey);
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body),
                 u"Idempotency-Key: expected the body's id \"%1\", got \"%2\""_s.arg(idOf(order), otherKey));
        QVERIFY(!orderStored(idOf(order)));
        QVERIFY(!orderStored(otherKey));
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"id\": ") << u"body: invalid JSON (unterminated object at offset 7)"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"body: expected a JSON object"_s;
        QTest::newRow("empty") << QByteArray() << u"body: invalid JSON (illegal value at offset 0)"_s;
    }

    void invalidBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const HttpResult reply = m_http.post(url(u"/v1/orders"_s), body,
                                             {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), error);
    }

    // Every rule of the contract, over HTTP: each broken order is refused with the exact
    // message of the contract layer and is not stored.
    void orderRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("quantity 0") << u"lines.0.quantity"_s << QJsonValue(0)
                                    << u"lines[0].quantity: must be at least 1, got 0"_s;
        QTest::newRow("quantity a string") << u"lines.1.quantity"_s << QJsonValue(u"1"_s)
                                           << u"lines[1].quantity: expected an integer, got a string"_s;
        QTest::newRow("line total") << u"lines.0.line_total_cents"_s << QJsonValue(1990)
                                    << u"lines[0].line_total_cents: expected 1998, got 1990"_s;
        QTest::newRow("subtotal") << u"subtotal_cents"_s << QJsonValue(2000)
                                  << u"subtotal_cents: expected 2347, got 2000"_s;
        QTest::newRow("total") << u"total_cents"_s << QJsonValue(2540) << u"total_cents: expected 2541, got 2540"_s;
        QTest::newRow("dine option") << u"dine_option"_s << QJsonValue(u"drive"_s)
                                     << u"dine_option: expected \"here\" or \"togo\", got \"drive\""_s;
        QTest::newRow("missing number") << u"number"_s << QJsonValue(QJsonValue::Undefined) << u"number: missing"_s;
        QTest::newRow("kiosk_id typed wrong") << u"kiosk_id"_s << QJsonValue(1)
                                              << u"kiosk_id: expected a string, got the number 1"_s;
        QTest::newRow("created_at") << u"created_at"_s << QJsonValue(u"2024-05-01 12:00"_s)
            << u"created_at: expected an RFC 3339 UTC timestamp such as 2024-05-01T12:30:00Z, got \"2024-05-01 12:00\""_s;
        QTest::newRow("no lines") << u"lines"_s << QJsonValue(QJsonArray()) << u"lines: must not be empty"_s;
        QTest::newRow("discount") << u"discount_cents"_s << QJsonValue(-1) << u"discount_cents: must be at least 0, got -1"_s;
        QTest::newRow("tax typed wrong") << u"tax_cents"_s << QJsonValue(1.25)
                                         << u"tax_cents: expected an integer, got the number 1.25"_s;
        QTest::newRow("loyalty") << u"loyalty"_s << QJsonValue(false)
                                 << u"loyalty: expected null or an object, got false"_s;
        QTest::newRow("unit price") << u"lines.1.unit_price_cents"_s << QJsonValue(u"349"_s)
                                    << u"lines[1].unit_price_cents: expected an integer, got a string"_s;
        QTest::newRow("modifiers") << u"lines.0.modifiers"_s << QJsonValue(QJsonValue::Null)
                                   << u"lines[0].modifiers: expected an array, got null"_s;
    }

    void orderRules()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject order = sampleOrderJson();
        const QStringList path = field.split(u'.');
        if (path.size() == 1) {
            if (value.isUndefined())
                order.remove(field);
            else
                order.insert(field, value);
        } else {
            QJsonArray lines = order.value(u"lines"_s).toArray();
            QJsonObject line = lines.at(path.at(1).toInt()).toObject();
            line.insert(path.at(2), value);
            lines.replace(path.at(1).toInt(), line);
            order.insert(u"lines"_s, lines);
        }
        const HttpResult reply = m_http.postJson(url(u"/v1/orders"_s), order, idOf(order));
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), error);
        QVERIFY(!orderStored(idOf(order)));
    }

    void feedbackIdempotency()
    {
        const QJsonObject feedback = sampleFeedbackJson();
        const QString key = idOf(feedback);
        HttpResult reply = m_http.postJson(url(u"/v1/feedback"_s), feedback, key);
        QCOMPARE(reply.status, 201);
        QVERIFY(parseStatusAccepted(reply.body, nullptr));
        const QByteArray firstBody = reply.body;
        reply = m_http.postJson(url(u"/v1/feedback"_s), feedback, key);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, firstBody);
        QJsonObject changed = feedback;
        changed.insert(u"csat"_s, 1);
        QCOMPARE(m_http.postJson(url(u"/v1/feedback"_s), changed, key).status, 409);
        reply = m_http.postJson(url(u"/v1/feedback"_s), feedback, QString());
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"Idempotency-Key: missing"_s);
        QCOMPARE(m_http.postJson(url(u"/v1/feedback"_s), feedback, QUuid::createUuid().toString(QUuid::WithoutBraces)).status, 422);
        changed.insert(u"nps"_s, 12);
        reply = m_http.postJson(url(u"/v1/feedback"_s), changed, key);
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"nps: must be at most 10, got 12"_s);

        const QJsonArray stored = adminList(u"feedback"_s);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"id"_s).toString(), key);
        QCOMPARE(stored.first().toObject().value(u"csat"_s).toInt(), 5);
        QCOMPARE(stored.first().toObject().value(u"attempts"_s).toInt(), 3);
    }

    void assistIdempotency()
    {
        const QJsonObject assist = sampleAssistJson();
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        HttpResult reply = m_http.postJson(url(u"/v1/assist"_s), assist, key);
        QCOMPARE(reply.status, 201);
        QVERIFY(parseStatusAccepted(reply.body, nullptr));
        reply = m_http.postJson(url(u"/v1/assist"_s), assist, key);
        QCOMPARE(reply.status, 200);
        QJsonObject changed = assist;
        changed.insert(u"reason"_s, u"help"_s);
        QCOMPARE(m_http.postJson(url(u"/v1/assist"_s), changed, key).status, 409);
        QCOMPARE(m_http.postJson(url(u"/v1/assist"_s), assist, QString()).status, 422);
        changed.remove(u"kiosk_id"_s);
        reply = m_http.postJson(url(u"/v1/assist"_s), changed, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"kiosk_id: missing"_s);
        const QJsonArray stored = adminList(u"assist"_s);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"key"_s).toString(), key);
        QCOMPARE(stored.first().toObject().value(u"reason"_s).toString(), u"payment"_s);
    }

    void menuEtag()
    {
        const HttpResult menu = m_http.get(url(u"/v1/menu"_s));
        QCOMPARE(menu.status, 200);
        const QByteArray etag = menu.header("ETag");
        QVERIFY2(etag.size() == 34 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        const QJsonObject document = menu.json();
        QCOMPARE(document.value(u"schema"_s).toInt(), 1);
        QVERIFY(document.value(u"items"_s).toArray().size() > 10);

        HttpResult cached = m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
        QCOMPARE(cached.header("ETag"), etag);
        QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", "\"stale\""}}).status, 200);
        for (const QByteArray &tags : {"\"stale\", " + etag, "W/" + etag, QByteArray("*")})
            QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", tags}}).status, 304);

        // Sold out: the served menu and its ETag change at once, no restart.
        const QString itemId = document.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString();
        HttpResult change = m_http.put(url(u"/admin/menu/items/%1/available"_s.arg(itemId)), "{\"available\": false}");
        QCOMPARE(change.status, 200);
        const HttpResult soldOut = m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}});
        QCOMPARE(soldOut.status, 200);
        QVERIFY(soldOut.header("ETag") != etag);
        QCOMPARE(change.json().value(u"etag"_s).toString().toLatin1(), soldOut.header("ETag"));
        QCOMPARE(soldOut.json().value(u"items"_s).toArray().first().toObject().value(u"available"_s).toBool(), false);
        QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", soldOut.header("ETag")}}).status, 304);

        // Back on: the body and so the ETag are the original ones again.
        change = m_http.put(url(u"/admin/menu/items/%1/available"_s.arg(itemId)), "{\"available\": true}");
        QCOMPARE(change.status, 200);
        QCOMPARE(m_http.get(url(u"/v1/menu"_s), {{"If-None-Match", etag}}).status, 304);

        QCOMPARE(m_http.put(url(u"/admin/menu/items/no_such_item/available"_s), "{\"available\": false}").status, 404);
        change = m_http.put(url(u"/admin/menu/items/%1/available"_s.arg(itemId)), "{\"available\": \"no\"}");
        QCOMPARE(change.status, 422);
        QCOMPARE(parseErrorBody(change.body), u"available: expected true or false, got a string"_s);
    }

    void adminOrdersInArrivalOrder()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject order = sampleOrderJson();
            ids.append(idOf(order));
            QCOMPARE(m_http.postJson(url(u"/v1/orders"_s), order, idOf(order)).status, 201);
        }
        QStringList listed;
        for (const QJsonValue &order : adminList(u"orders"_s))
            listed.append(order.toObject().value(u"id"_s).toString());
        QCOMPARE(listed.mid(listed.size() - 3), ids);
    }

    void adminStats()
    {
        const QJsonObject stats = m_http.get(url(u"/admin/stats"_s)).json();
        QCOMPARE(stats.value(u"orders"_s).toInt(), adminList(u"orders"_s).size());
        QCOMPARE(stats.value(u"feedback"_s).toInt(), 1);
        QCOMPARE(stats.value(u"assist"_s).toInt(), 1);
        QVERIFY(stats.value(u"replayed"_s).toInt() >= 5);
        QVERIFY(stats.value(u"conflicts"_s).toInt() >= 3);
        QVERIFY(stats.value(u"rejected"_s).toInt() >= 20);
        QVERIFY(stats.value(u"unauthorized"_s).toInt() >= 9);
        QVERIFY(stats.value(u"faults"_s).toObject().contains(u"reset"_s));
    }

    void adminFaults()
    {
        HttpResult reply = m_http.put(url(u"/admin/faults"_s), "{\"latency_ms\": 5, \"error_rate\": 0.25, \"error_status\": 500}");
        QCOMPARE(reply.status, 200);
        QJsonObject faults = m_http.get(url(u"/admin/faults"_s)).json();
        QCOMPARE(faults.value(u"latency_ms"_s).toInt(), 5);
        QCOMPARE(faults.value(u"error_rate"_s).toDouble(), 0.25);
        QCOMPARE(faults.value(u"error_status"_s).toInt(), 500);
        QCOMPARE(faults.value(u"hang_rate"_s).toDouble(), 0.0);

        reply = m_http.put(url(u"/admin/faults"_s), "{\"error_rat\": 1}");
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"error_rat: unknown fault setting"_s);
        reply = m_http.put(url(u"/admin/faults"_s), "{\"error_rate\": 0.6, \"hang_rate\": 0.6}");
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"the fault rates add up to 1.2; at most 1 is possible"_s);
        reply = m_http.put(url(u"/admin/faults"_s), "{\"reset_rate\": 1.5}");
        QCOMPARE(reply.status, 422);
        QCOMPARE(parseErrorBody(reply.body), u"reset_rate: must be between 0 and 1, got 1.5"_s);
        QCOMPARE(m_http.get(url(u"/admin/faults"_s)).json().value(u"error_rate"_s).toDouble(), 0.25); // unchanged

        QCOMPARE(m_http.put(url(u"/admin/faults"_s), "{}").status, 200);
        faults = m_http.get(url(u"/admin/faults"_s)).json();
        QCOMPARE(faults.value(u"latency_ms"_s).toInt(), 0);
        QCOMPARE(faults.value(u"error_rate"_s).toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRefposApi)
#include "tst_refposapi.moc"
