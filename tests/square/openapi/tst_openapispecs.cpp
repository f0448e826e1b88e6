// kiosk_openapi on small hand-written specs: what Square's api.json does not use today (minItems,
// int32, additionalProperties true/false) is still checked, and a spec with a keyword the
// validator does not check, or a broken one, fails to load instead of validating loosely.
#include "openapi/spec.h"
#include "squarespec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk::openapi;
using namespace Qt::StringLiterals;

namespace {

// A spec with one operation, POST /v1/things/{id}, whose request body is the component
// "Thing" = `thing`, beside `others` components.
QByteArray specWith(const QJsonObject &thing, const QJsonObject &others = {})
{
    QJsonObject schemas = others;
    schemas.insert(u"Thing"_s, thing);
    const QJsonObject ref{{u"$ref"_s, u"#/components/schemas/Thing"_s}};
    const QJsonObject json{{u"application/json"_s, QJsonObject{{u"schema"_s, ref}}}};
    const QJsonObject post{
        {u"operationId"_s, u"MakeThing"_s},
        {u"requestBody"_s, QJsonObject{{u"required"_s, true}, {u"content"_s, json}}},
        {u"responses"_s, QJsonObject{{u"200"_s, QJsonObject{{u"content"_s, json}}}}}};
    const QJsonObject root{
        {u"openapi"_s, u"3.0.0"_s},
        {u"paths"_s, QJsonObject{{u"/v1/things/{id}"_s, QJsonObject{{u"post"_s, post}}}}},
        {u"components"_s, QJsonObject{{u"schemas"_s, schemas}}}};
    return QJsonDocument(root).toJson();
}

QJsonObject objectWith(const QJsonObject &properties)
{
    return {{u"type"_s, u"object"_s}, {u"properties"_s, properties}};
}

} // namespace

class TestOpenApiSpecs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<Spec> load(const QByteArray &text, QString *error)
    {
        const QString path = m_dir.filePath(u"api.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        return Spec::load(path, error);
    }

private slots:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // after "<path>: "
        const QJsonObject string{{u"type"_s, u"string"_s}};
        QTest::newRow("oneOf") << specWith({{u"oneOf"_s, QJsonArray{string}}})
                               << u"Thing: keyword \"oneOf\" is not checked by kiosk_openapi"_s;
        QTest::newRow("multipleOf on a property")
            << specWith(objectWith({{u"n"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"multipleOf"_s, 5}}}}))
            << u"Thing.n: keyword \"multipleOf\" is not checked by kiosk_openapi"_s;
        QTest::newRow("a constraint beside $ref")
            << specWith(objectWith({{u"s"_s, QJsonObject{{u"$ref"_s, u"#/components/schemas/S"_s}, {u"maxLength"_s, 3}}}}),
                        {{u"S"_s, string}})
            << u"Thing.s: \"maxLength\" beside $ref"_s;
        QTest::newRow("unresolved $ref")
            << specWith(objectWith({{u"s"_s, QJsonObject{{u"$ref"_s, u"#/components/schemas/Nope"_s}}}}))
            << u"Thing.s: unresolved $ref #/components/schemas/Nope"_s;
        QTest::newRow("a string format")
            << specWith({{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}})
            << u"Thing: format \"date-time\" is not checked by kiosk_openapi"_s;
        QTest::newRow("a limit of another type")
            << specWith({{u"type"_s, u"integer"_s}, {u"maxLength"_s, 3}})
            << u"Thing: a limit on a schema of another type"_s;
        QTest::newRow("an unknown type")
            << specWith({{u"type"_s, u"decimal"_s}}) << u"Thing: unknown type"_s;
        QTest::newRow("properties without type object")
            << specWith({{u"properties"_s, QJsonObject{{u"a"_s, string}}}})
            << u"Thing: object keywords on a schema not of type object"_s;
        QTest::newRow("not JSON") << "{"_ba << QString();
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!load(text, &why));
        QVERIFY2(why.startsWith(m_dir.filePath(u"api.json"_s) + u": "_s), qPrintable(why));
        if (!error.isEmpty())
            QCOMPARE(why.section(u": "_s, 1), error);
    }

    void missingFile()
    {
        QString why;
        QVERIFY(!Spec::load(m_dir.filePath(u"nope.json"_s), &why));
        QVERIFY(why.contains(u"nope.json"_s));
        QVERIFY(!Spec::load(m_dir.filePath(u"nope.json"_s), nullptr)); // no error wanted
    }

    void keywordsSquareDoesNotUse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        const QString heading = u"MakeThing request: $."_s;
        QTest::newRow("valid") << R"({"tags": ["a"], "n": 1, "free": {"x": 1}, "open": {"y": 2}})"_ba
                               << QStringList();
        QTest::newRow("minItems") << R"({"tags": []})"_ba
                                  << QStringList{heading + u"tags: 0 items, fewer than minItems 1"_s};
        QTest::newRow("maxItems") << R"({"tags": ["a", "b", "c"]})"_ba
                                  << QStringList{heading + u"tags: 3 items, more than maxItems 2"_s};
        QTest::newRow("int32") << R"({"n": 2147483648})"_ba
                               << QStringList{heading + u"n: outside int32"_s};
        QTest::newRow("additionalProperties false") << R"({"closed": {"z": 1}})"_ba
                                                    << QStringList{heading + u"closed.z: not a property of this object"_s};
    }

    void keywordsSquareDoesNotUse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const QJsonObject string{{u"type"_s, u"string"_s}};
        const QJsonObject thing = objectWith({
            {u"tags"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, string},
                                    {u"minItems"_s, 1}, {u"maxItems"_s, 2}}},
            {u"n"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"format"_s, u"int32"_s}}},
            {u"free"_s, QJsonObject{{u"type"_s, u"object"_s}}},
            {u"open"_s, QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{}},
                                    {u"additionalProperties"_s, true}}},
            {u"closed"_s, QJsonObject{{u"type"_s, u"object"_s}, {u"additionalProperties"_s, false}}},
        });
        QString error;
        const std::optional<Spec> spec = load(specWith(thing), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->validateRequest("POST", u"/v1/things/T1", jsonBody(body)), expected);
    }
};

QTEST_GUILESS_MAIN(TestOpenApiSpecs)
#include "tst_openapispecs.moc"
