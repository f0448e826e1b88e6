// squaresim's catalog, authentication and api.json validation, over HTTP.
#include "squarecalls.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestSquaresimCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listWalksEveryPage();
    void searchWithoutTypesLeavesNestedOnesOut();
    void changeSearchSeesAnAdminChange();
    void imagesAreServedBySimulator();
    void wrongTokenIsUnauthorized();
    void squareVersionDefaultsAndIsChecked();
    void adminNeedsItsToken();
    void unknownFieldIsRefusedAndRecorded();
    void revokedTokenIsRefused();
    void faultsAreInjectedSquareStyle();
    void cleanupTestCase();

private:
    QJsonObject search(const QJsonObject &body);

    SquareCalls m_square;
    int m_expectedViolations = 0;
};

void TestSquaresimCatalog::initTestCase()
{
    QString error;
    QVERIFY2(m_square.start({u"--catalog-page-size"_s, u"5"_s}, &error), qPrintable(error));
}

QJsonObject TestSquaresimCatalog::search(const QJsonObject &body)
{
    const HttpResult result = m_square.post(u"/v2/catalog/search"_s, body);
    if (result.status != 200)
        qWarning("search: %d %s", result.status, result.body.constData());
    return result.json();
}

void TestSquaresimCatalog::listWalksEveryPage()
{
    const QStringList types{u"ITEM"_s, u"ITEM_VARIATION"_s, u"MODIFIER_LIST"_s, u"CATEGORY"_s, u"TAX"_s, u"IMAGE"_s};
    // What the seed holds of those types, variations (nested in items) included.
    int expected = 0;
    for (const QJsonValue &value : SquareCalls::seed().value(u"catalog"_s).toArray()) {
        const QJsonObject object = value.toObject();
        if (types.contains(object.value(u"type"_s).toString()))
            ++expected;
        expected += int(object.value(u"item_data"_s).toObject().value(u"variations"_s).toArray().size());
    }
    QSet<QString> ids;
    int pages = 0;
    QString cursor;
    do {
        QUrlQuery query{{u"types"_s, types.join(u',')}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        const HttpResult page = m_square.get(u"/v2/catalog/list?"_s + query.toString(QUrl::FullyEncoded));
        QCOMPARE(page.status, 200);
        const QJsonArray objects = page.json().value(u"objects"_s).toArray();
        QVERIFY(objects.size() <= 5);
        for (const QJsonValue &object : objects) {
            QVERIFY(types.contains(object.toObject().value(u"type"_s).toString()));
            ids.insert(object.toObject().value(u"id"_s).toString());
        }
        cursor = page.json().value(u"cursor"_s).toString();
        QVERIFY(++pages < 100);
    } while (!cursor.isEmpty());
    QCOMPARE(int(ids.size()), expected);
    QCOMPARE(pages, (expected + 4) / 5);
}

// Without object_types a search returns the top-level types only, as Square's does.
void TestSquaresimCatalog::searchWithoutTypesLeavesNestedOnesOut()
{
    const QJsonArray objects = search(QJsonObject{{u"limit"_s, 1000}}).value(u"objects"_s).toArray();
    QVERIFY(!objects.isEmpty());
    for (const QJsonValue &object : objects) {
        const QString type = object.toObject().value(u"type"_s).toString();
        QVERIFY2(type != u"ITEM_VARIATION" && type != u"MODIFIER" && type != u"IMAGE", qPrintable(type));
    }
}

void TestSquaresimCatalog::changeSearchSeesAnAdminChange()
{
    const QJsonObject first = search(QJsonObject{{u"object_types"_s, QJsonArray{u"CATEGORY"_s, u"ITEM"_s}}});
    const QString latest = first.value(u"latest_time"_s).toString();
    QVERIFY(!latest.isEmpty());
    QVERIFY(first.value(u"objects"_s).toArray().size() > 0);
    const QJsonObject since{{u"object_types"_s, QJsonArray{u"CATEGORY"_s, u"ITEM"_s}}, {u"begin_time"_s, latest}};
    QVERIFY(search(since).value(u"objects"_s).toArray().isEmpty());

    const QString sides = SquareCalls::catalogId(u"CATEGORY"_s, u"Sides"_s);
    const HttpResult changed = m_square.admin("PUT", u"/sim/catalog/objects/"_s + sides,
                                              QJsonObject{{u"category_data"_s, QJsonObject{{u"name"_s, u"Sides & Snacks"_s}}}});
    QCOMPARE(changed.status, 200);
    const QJsonObject after = search(since);
    const QJsonArray objects = after.value(u"objects"_s).toArray();
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().toObject().value(u"id"_s).toString(), sides);
    QCOMPARE(objects.first().toObject().value(u"category_data"_s).toObject().value(u"name"_s).toString(), u"Sides & Snacks"_s);
    QVERIFY(after.value(u"latest_time"_s).toString() > latest);

    // A deleted object shows only when asked for.
    const QString coleslaw = SquareCalls::catalogId(u"ITEM"_s, u"Creamy Coleslaw"_s);
    QCOMPARE(m_square.admin("DELETE", u"/sim/catalog/objects/"_s + coleslaw).status, 200);
    const QJsonObject sinceChange{{u"object_types"_s, QJsonArray{u"ITEM"_s}},
                                  {u"begin_time"_s, after.value(u"latest_time"_s)}};
    QVERIFY(search(sinceChange).value(u"objects"_s).toArray().isEmpty());
    QJsonObject withDeleted = sinceChange;
    withDeleted.insert(u"include_deleted_objects"_s, true);
    const QJsonArray deleted = search(withDeleted).value(u"objects"_s).toArray();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().toObject().value(u"id"_s).toString(), coleslaw);
    QVERIFY(deleted.first().toObject().value(u"is_deleted"_s).toBool());
}

void TestSquaresimCatalog::imagesAreServedBySimulator()
{
    const QJsonArray images = m_square.get(u"/v2/catalog/list?types=IMAGE"_s).json().value(u"objects"_s).toArray();
    QVERIFY(!images.isEmpty());
    const QUrl url(images.first().toObject().value(u"image_data"_s).toObject().value(u"url"_s).toString());
    QCOMPARE(url.port(), int(m_square.sim().port()));
    HttpClient anonymous; // Square's image URLs need no token
    const HttpResult image = anonymous.get(url);
    QCOMPARE(image.status, 200);
    QVERIFY(image.body.startsWith("\x89PNG"));
    QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
}

void TestSquaresimCatalog::wrongTokenIsUnauthorized()
{
    HttpClient stranger;
    stranger.setToken("not-the-token");
    HttpClient anonymous;
    for (HttpClient *client : {&stranger, &anonymous}) {
        const HttpResult result = client->get(m_square.sim().url(u"/v2/locations/"_s + QString::fromLatin1(SquaresimLocationId)));
        QCOMPARE(result.status, 401);
        const QJsonObject error = result.json().value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(error.value(u"category"_s).toString(), u"AUTHENTICATION_ERROR"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"UNAUTHORIZED"_s);
    }
}

void TestSquaresimCatalog::squareVersionDefaultsAndIsChecked()
{
    HttpClient client;
    client.setToken(SquaresimToken);
    const QUrl location = m_square.sim().url(u"/v2/locations/"_s + QString::fromLatin1(SquaresimLocationId));
    const HttpResult unversioned = client.get(location);
    QCOMPARE(unversioned.status, 200);
    QCOMPARE(unversioned.header("Square-Version"), QByteArray("2025-08-20"));
    const HttpResult malformed = client.get(location, {{"Square-Version", "latest"}});
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"INVALID_SQUARE_VERSION_FORMAT"_s);
}

void TestSquaresimCatalog::adminNeedsItsToken()
{
    HttpClient kiosk;
    kiosk.setToken(SquaresimToken); // the kiosk's token is not the admin's
    QCOMPARE(kiosk.get(m_square.sim().url(u"/sim/violations"_s)).status, 401);
}

void TestSquaresimCatalog::unknownFieldIsRefusedAndRecorded()
{
    const HttpResult result = m_square.post(u"/v2/catalog/search"_s, QJsonObject{{u"object_typez"_s, QJsonArray{u"ITEM"_s}}});
    QCOMPARE(result.status, 400);
    const QJsonObject error = result.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"category"_s).toString(), u"INVALID_REQUEST_ERROR"_s);
    QVERIFY2(error.value(u"detail"_s).toString().contains(u"object_typez"_s), qPrintable(error.value(u"detail"_s).toString()));
    const QJsonArray violations = m_square.violations();
    m_expectedViolations = 1;
    QCOMPARE(violations.size(), 1);
    QVERIFY(violations.first().toString().contains(u"object_typez"_s));
}

// The kiosk's health test: a token revoked while it runs gets 401 from then on.
void TestSquaresimCatalog::revokedTokenIsRefused()
{
    const QString location = u"/v2/locations/"_s + QString::fromLatin1(SquaresimLocationId);
    QCOMPARE(m_square.get(location).status, 200);
    QCOMPARE(m_square.admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, true}}).status, 200);
    const HttpResult refused = m_square.get(location);
    QCOMPARE(refused.status, 401);
    const QJsonObject error = refused.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"category"_s).toString(), u"AUTHENTICATION_ERROR"_s);
    QCOMPARE(error.value(u"code"_s).toString(), u"ACCESS_TOKEN_REVOKED"_s);
    QCOMPARE(m_square.admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, false}}).status, 200);
    QCOMPARE(m_square.get(location).status, 200);
}

// The same fault injection as refpos's: an injected error is in Square's shape, and the health
// probe (RetrieveLocation) is spared unless faults_on_health says otherwise.
void TestSquaresimCatalog::faultsAreInjectedSquareStyle()
{
    SquareCalls faulty;
    QString error;
    QVERIFY2(faulty.start({u"--error-rate"_s, u"1"_s, u"--error-status"_s, u"503"_s}, &error), qPrintable(error));
    const HttpResult failed = faulty.get(u"/v2/catalog/list"_s);
    QCOMPARE(failed.status, 503);
    const QJsonObject body = failed.json().value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(body.value(u"category"_s).toString(), u"API_ERROR"_s);
    QCOMPARE(body.value(u"code"_s).toString(), u"SERVICE_UNAVAILABLE"_s);
    QCOMPARE(faulty.get(u"/v2/locations/"_s + QString::fromLatin1(SquaresimLocationId)).status, 200);
    QCOMPARE(faulty.admin("PUT", u"/sim/faults"_s, QJsonObject{{u"rate_limit_rate"_s, 1}, {u"retry_after_s"_s, 2}}).status, 200);
    const HttpResult limited = faulty.get(u"/v2/catalog/list"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QCOMPARE(faulty.admin("PUT", u"/sim/faults"_s, QJsonObject{{u"error_rate"_s, 0}}).status, 200);
    QCOMPARE(faulty.get(u"/v2/catalog/list"_s).status, 200);
}

void TestSquaresimCatalog::cleanupTestCase()
{
    const QJsonArray violations = m_square.violations();
    QCOMPARE(violations.size(), m_expectedViolations);
}

QTEST_GUILESS_MAIN(TestSquaresimCatalog)
#include "tst_squaresimcatalog.moc"
