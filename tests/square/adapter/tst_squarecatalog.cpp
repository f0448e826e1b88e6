// SquareCatalog against squaresim (api.json validation on): the seed's menu over many pages,
// images downloaded once, change searches, translations and failures.
#include "adapterrig.h"
#include "oneshotserver.h"

#include "square/squarecatalog.h"
#include "square/squareclient.h"
#include "square/squaretranslations.h"
#include "sync/backendclientoptions.h"
#include "sync/curlglobal.h"
#include "sync/menucache.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

const MenuOutcome::Updated *updated(const MenuOutcome &outcome)
{
    return std::get_if<MenuOutcome::Updated>(&outcome.result);
}

QString failure(const MenuOutcome &outcome)
{
    const auto *failed = std::get_if<MenuOutcome::Failed>(&outcome.result);
    return failed ? failed->reason : QString();
}

QJsonObject document(const MenuOutcome &outcome)
{
    return QJsonDocument::fromJson(updated(outcome)->document).object();
}

// The menu's item or category with kiosk id `id` (an empty object: none).
QJsonObject entry(const QJsonObject &menu, const QString &list, const QString &id)
{
    for (const QJsonValue &value : menu.value(list).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestSquareCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedMenuOverManyPagesPassesValidation();
    void absentItemsAreLeftOutAndProblemsListed();
    void imagesAreDownloadedOnce();
    void unchangedCatalogIsNotModified();
    void changedObjectMakesNewMenu();
    void deletedItemLeavesTheMenu();
    void changedTranslationsMakeNewMenu();
    void brokenTranslationsFail();
    void unusableImageShowsThePlaceholder();
    void imagesGoWithoutTheToken();
    void imageHostDownIsTriedAgain();
    void overloadedSquareFails();
    void revokedTokenFails();
    void cleanup();

private:
    MenuOutcome fetch(const QString &validator);

    AdapterRig m_rig;
    std::unique_ptr<SquareClient> m_client;
    std::unique_ptr<SquareCatalog> m_catalog;
    QString m_validator; // the last Updated's
};

void TestSquareCatalog::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start({u"--catalog-page-size"_s, u"5"_s}, &error), qPrintable(error));
    m_client = std::make_unique<SquareClient>(m_rig.settings(), backendClientOptions(m_rig.settings()), nullptr);
    m_catalog = std::make_unique<SquareCatalog>(*m_client, m_rig.settings(), nullptr);
}

void TestSquareCatalog::cleanup()
{
    QCOMPARE(m_rig.square().violations(), QJsonArray());
}

MenuOutcome TestSquareCatalog::fetch(const QString &validator)
{
    MenuOutcome outcome = m_catalog->fetchMenu(validator);
    if (const auto *menu = updated(outcome))
        m_validator = menu->validator;
    return outcome;
}

void TestSquareCatalog::seedMenuOverManyPagesPassesValidation()
{
    const MenuOutcome outcome = fetch(QString());
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    QVERIFY(!m_validator.isEmpty());
    QString errors;
    const std::optional<Menu> menu = parseBackendMenu(updated(outcome)->document, m_rig.settings(), &errors);
    QVERIFY2(menu, qPrintable(errors));
    QCOMPARE(menu->categories().size(), 4);
    // 13 items in the seed, one absent at the kiosk's location.
    QCOMPARE(menu->items().size(), 12);
    const MenuItem *burger = menu->item(u"i_x7zsmcvsqkw9tti11yarts2x"_s);
    QVERIFY(burger);
    QCOMPARE(QFileInfo(burger->image).fileName(), u"1b5tshet5p84n26i59fgud3f.png"_s);
    QVERIFY(!QImage(burger->image).isNull());
    // An item Square has no picture for shows the placeholder the adapter wrote.
    const MenuItem *bacon = menu->item(u"v_my22h3hbfwwrh5qfp1nj5dcs"_s);
    QVERIFY(bacon);
    QCOMPARE(QFileInfo(bacon->image).fileName(), u"placeholder.png"_s);
    QVERIFY(!QImage(bacon->image).isNull());
}

void TestSquareCatalog::absentItemsAreLeftOutAndProblemsListed()
{
    const MenuOutcome outcome = fetch(QString());
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    const QJsonObject menu = document(outcome);
    QVERIFY(entry(menu, u"items"_s, u"v_7gg530kx7pzkfrxk42dt6xl4"_s).isEmpty()); // Harbor Veggie Burger
    // Large fries are sold out at the location: the size is not offered, the regular one is.
    const QByteArray compact = updated(outcome)->document;
    QVERIFY(!compact.contains("v_bzl44by36fackc7y7ape3axr"));
    QVERIFY(compact.contains("v_fdxkh2i3jsfbcyrsst0073ft"));
    const QStringList &problems = updated(outcome)->problems;
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.contains(u"ITEM M0KYTFT5M2DT8P2D9YDH6VEM (Bacon Cheeseburger): no image in Square; "
                               u"the kiosk's placeholder is shown"_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.contains(u"CATEGORY 33SOTXQ0FW517LSCSFA7XP5J (Chicken): no es name in "
                               u"square-translations.json; the Square name is shown"_s),
             qPrintable(problems.join(u'\n')));
}

void TestSquareCatalog::imagesAreDownloadedOnce()
{
    // The fetches above downloaded the seed's four pictures once between them.
    QCOMPARE(m_catalog->imageDownloads(), 4);
    // A kiosk restarted (a new adapter, the files kept) downloads nothing.
    SquareCatalog again(*m_client, m_rig.settings(), nullptr);
    const MenuOutcome outcome = again.fetchMenu(QString());
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    QCOMPARE(again.imageDownloads(), 0);
    // A file removed is fetched again.
    QVERIFY(QFile::remove(QDir(m_rig.settings().squareImageDir).filePath(u"5d6v8kgxzszeom3naaovzndr.png"_s)));
    QVERIFY(updated(again.fetchMenu(QString())));
    QCOMPARE(again.imageDownloads(), 1);
}

void TestSquareCatalog::unchangedCatalogIsNotModified()
{
    QVERIFY(updated(fetch(QString())));
    const MenuOutcome outcome = fetch(m_validator);
    QVERIFY2(std::holds_alternative<MenuOutcome::NotModified>(outcome.result), qPrintable(failure(outcome)));
    // A validator from another backend (a contract v1 ETag) lists the catalog.
    QVERIFY(updated(fetch(u"\"etag-1\""_s)));
}

void TestSquareCatalog::changedObjectMakesNewMenu()
{
    QVERIFY(updated(fetch(QString())));
    const QString before = m_validator;
    const QString sides = SquareCalls::catalogId(u"CATEGORY"_s, u"Sides"_s);
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/catalog/objects/"_s + sides,
                                  QJsonObject{{u"category_data"_s, QJsonObject{{u"name"_s, u"Sides & Snacks"_s}}}}).status,
             200);
    const MenuOutcome outcome = fetch(before);
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    QVERIFY(m_validator != before);
    const QJsonObject category = entry(document(outcome), u"categories"_s, u"c_"_s + sides.toLower());
    QCOMPARE(category.value(u"name"_s).toObject().value(u"en"_s).toString(), u"Sides & Snacks"_s);
    QVERIFY(std::holds_alternative<MenuOutcome::NotModified>(fetch(m_validator).result));
}

void TestSquareCatalog::deletedItemLeavesTheMenu()
{
    QVERIFY(updated(fetch(QString())));
    const QString coleslaw = SquareCalls::catalogId(u"ITEM"_s, u"Creamy Coleslaw"_s);
    const QString variation = SquareCalls::variationId(u"Creamy Coleslaw"_s, u"Regular"_s);
    QVERIFY(!entry(document(fetch(QString())), u"items"_s, u"v_"_s + variation.toLower()).isEmpty());
    const QString before = m_validator;
    QCOMPARE(m_rig.square().admin("DELETE", u"/sim/catalog/objects/"_s + coleslaw).status, 200);
    const MenuOutcome outcome = fetch(before);
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    QVERIFY(entry(document(outcome), u"items"_s, u"v_"_s + variation.toLower()).isEmpty());
    QString errors;
    QVERIFY2(parseBackendMenu(updated(outcome)->document, m_rig.settings(), &errors), qPrintable(errors));
    // The deletion is behind the new validator: nothing changed since.
    QVERIFY(std::holds_alternative<MenuOutcome::NotModified>(fetch(m_validator).result));
}

void TestSquareCatalog::changedTranslationsMakeNewMenu()
{
    QVERIFY(updated(fetch(QString())));
    const QString before = m_validator;
    const QString drinks = SquareCalls::catalogId(u"CATEGORY"_s, u"Drinks"_s);
    QVERIFY(m_rig.writeTranslations(u"{\"es\": {\"%1\": {\"name\": \"Bebidas\"}}}"_s.arg(drinks).toUtf8()));
    const MenuOutcome outcome = fetch(before);
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    const QJsonObject category = entry(document(outcome), u"categories"_s, u"c_"_s + drinks.toLower());
    QCOMPARE(category.value(u"name"_s).toObject().value(u"es"_s).toString(), u"Bebidas"_s);
    QVERIFY(std::holds_alternative<MenuOutcome::NotModified>(fetch(m_validator).result));
    QVERIFY(QFile::remove(m_rig.settings().squareTranslationsFile));
    QVERIFY(updated(fetch(m_validator))); // the file gone: Square's names again
}

void TestSquareCatalog::brokenTranslationsFail()
{
    const QByteArray broken = "{\"es\": {\"X44S0O2A0QPOASTVJTBOQBJB\": {\"nombre\": \"Hamburguesas\"}}}";
    QVERIFY(m_rig.writeTranslations(broken));
    QString expected;
    QVERIFY(!parseSquareTranslations(broken, &expected));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(failure(fetch(QString())), expected);
    QCOMPARE(failure(fetch(m_validator)), expected);
    QVERIFY(QFile::remove(m_rig.settings().squareTranslationsFile));
}

void TestSquareCatalog::unusableImageShowsThePlaceholder()
{
    // The Fountain Soda picture now names a URL that answers 401, never a picture.
    const QString soda = SquareCalls::catalogId(u"IMAGE"_s, u"Fountain Soda"_s);
    const QString url = m_rig.square().sim().url(u"/sim/violations.png"_s).toString();
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/catalog/objects/"_s + soda,
                                  QJsonObject{{u"image_data"_s, QJsonObject{{u"name"_s, u"Fountain Soda"_s}, {u"url"_s, url}}}}).status,
             200);
    const MenuOutcome outcome = fetch(QString());
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    const QStringList problems = updated(outcome)->problems.filter(u"IMAGE "_s + soda);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"placeholder"_s), qPrintable(problems.first()));
    QString errors;
    const std::optional<Menu> menu = parseBackendMenu(updated(outcome)->document, m_rig.settings(), &errors);
    QVERIFY2(menu, qPrintable(errors));
    const QString item = u"i_"_s + SquareCalls::catalogId(u"ITEM"_s, u"Fountain Soda"_s).toLower();
    QCOMPARE(QFileInfo(menu->item(item)->image).fileName(), u"placeholder.png"_s);
    // Not a picture: tried again once the catalog changes, not at every refresh.
    QVERIFY(!m_validator.isEmpty());
}

void TestSquareCatalog::imagesGoWithoutTheToken()
{
    // A new picture uploaded into the same IMAGE (a new URL) on a host that is not the API.
    QImage picture(8, 8, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
    OneShotServer host;
    QVERIFY(host.serve("image/png", png));
    const QString soda = SquareCalls::catalogId(u"IMAGE"_s, u"Fountain Soda"_s);
    const QString url = u"http://127.0.0.1:%1/files/soda.png"_s.arg(host.port());
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/catalog/objects/"_s + soda,
                                  QJsonObject{{u"image_data"_s, QJsonObject{{u"name"_s, u"Fountain Soda"_s}, {u"url"_s, url}}}}).status,
             200);
    const MenuOutcome outcome = fetch(QString());
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    const QByteArray request = host.request();
    QVERIFY2(request.startsWith("GET /files/soda.png HTTP/1.1\r\n"), request.constData());
    QVERIFY2(!request.toLower().contains("authorization") && !request.contains(SquaresimToken), request.constData());
    QVERIFY(!request.toLower().contains("square-version"));
    QVERIFY(updated(outcome)->problems.filter(u"IMAGE "_s + soda).isEmpty());
    const QImage stored(QDir(m_rig.settings().squareImageDir).filePath(soda.toLower() + u".png"_s));
    QCOMPARE(stored.pixelColor(0, 0), QColor(Qt::red));
}

void TestSquareCatalog::imageHostDownIsTriedAgain()
{
    const QString soda = SquareCalls::catalogId(u"IMAGE"_s, u"Fountain Soda"_s);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && QImage(4, 4, QImage::Format_RGB32).save(&buffer, "PNG"));
    OneShotServer overloaded;
    QVERIFY(overloaded.serve("text/plain", "busy", 503));
    const QString url = u"http://127.0.0.1:%1/files/soda2.png"_s.arg(overloaded.port());
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/catalog/objects/"_s + soda,
                                  QJsonObject{{u"image_data"_s, QJsonObject{{u"name"_s, u"Fountain Soda"_s}, {u"url"_s, url}}}}).status,
             200);
    MenuOutcome outcome = fetch(QString());
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    QCOMPARE(updated(outcome)->problems.filter(u"IMAGE "_s + soda + u": HTTP 503"_s).size(), 1);
    QCOMPARE(m_validator, QString()); // the next refresh lists again
    QVERIFY(!overloaded.request().isEmpty());

    OneShotServer back;
    QVERIFY(back.serve("image/png", png, 200, overloaded.port()));
    outcome = fetch(m_validator);
    QVERIFY2(updated(outcome), qPrintable(failure(outcome)));
    QVERIFY(updated(outcome)->problems.filter(u"IMAGE "_s + soda).isEmpty());
    QVERIFY(!m_validator.isEmpty());
}

void TestSquareCatalog::overloadedSquareFails()
{
    QVERIFY(updated(fetch(QString())));
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/faults"_s, QJsonObject{{u"error_rate"_s, 1}, {u"error_status"_s, 503}}).status, 200);
    QVERIFY2(failure(fetch(QString())).contains(u"HTTP 503"_s), qPrintable(failure(fetch(QString()))));
    QVERIFY2(failure(fetch(m_validator)).contains(u"HTTP 503"_s), qPrintable(failure(fetch(m_validator))));
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/faults"_s, QJsonObject{{u"rate_limit_rate"_s, 1}}).status, 200);
    QVERIFY(failure(fetch(QString())).contains(u"HTTP 429"_s));
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/faults"_s, QJsonObject{{u"error_rate"_s, 0}}).status, 200);
    QVERIFY(updated(fetch(QString())));
}

void TestSquareCatalog::revokedTokenFails()
{
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, true}}).status, 200);
    const QString reason = failure(fetch(QString()));
    QVERIFY2(reason.contains(u"HTTP 401"_s) && reason.contains(u"backend.token_file"_s), qPrintable(reason));
    QVERIFY(!reason.contains(QString::fromLatin1(SquaresimToken)));
    QCOMPARE(m_rig.square().admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, false}}).status, 200);
}

QTEST_GUILESS_MAIN(TestSquareCatalog)
#include "tst_squarecatalog.moc"
