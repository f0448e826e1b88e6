// JsonReader's shortcuts for valid files (duplicate keys found without a path per value, the
// path index built on the first error only, each image looked up once) must report what the
// plain way did: the same messages, at the same paths, in document order.
#include "config/jsonduplicatekeys.h"
#include "config/jsonreader.h"
#include "support/files.h"
#include "support/samplestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;
using namespace kiosk::test;

using Duplicates = QList<std::pair<QString, QString>>;

namespace {

// JSON written with ' for " (moc's preprocessor does not read raw string literals).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void duplicateKeysNameTheirObject();
    void escapedKeysAreComparedByMeaning();
    void duplicatesInALargeObject();
    void errorsComeInDocumentOrder();
    void eachUseOfAnImageIsChecked();
};

void TestJsonReader::duplicateKeysNameTheirObject()
{
    const QByteArray text = json("{'a': [1, {'b': {'c': 1, 'c': 2}}, {'b': 1, 'd': [], 'b': 2}],"
                                 " 'e': 'x', 'a': null}");
    QCOMPARE(findDuplicateKeys(text), (Duplicates{{u"a[1].b"_s, u"c"_s}, {u"a[2]"_s, u"b"_s}, {QString(), u"a"_s}}));
    // Keys in strings, brackets in strings, escaped quotes: only real keys count.
    QCOMPARE(findDuplicateKeys(json("{'s': '{\\'s\\': 1, \\'s\\': 2}', 't': ']', 'u': {'v\\'': 1, 'v': 2}}")),
             Duplicates());
    QCOMPARE(findDuplicateKeys(json("[{'x': 1}, {'x': 2}]")), Duplicates());
}

void TestJsonReader::escapedKeysAreComparedByMeaning()
{
    QCOMPARE(findDuplicateKeys(json("{'items': [{'price': 1, 'pri\\u0063e': 2}]}")),
             (Duplicates{{u"items[0]"_s, u"price"_s}}));
    // The path to a duplicate spells escaped keys out.
    QCOMPARE(findDuplicateKeys(json("{'ni\\u00f1o': {'a': 1, 'a': 2}}")),
             (Duplicates{{u"niño"_s, u"a"_s}}));
    QCOMPARE(findDuplicateKeys(json("{'a\\'b': 1, 'a\\u0022b': 2, 'ab': 3}")),
             (Duplicates{{QString(), u"a\"b"_s}}));
}

void TestJsonReader::duplicatesInALargeObject()
{
    QByteArray text = "{";
    for (int i = 0; i < 100; ++i)
        text += json("'k") + QByteArray::number(i) + json("': ") + QByteArray::number(i) + ", ";
    text += json("'k7': 0, 'k\\u0039\\u0039': 0, 'k100': 0}");
    QCOMPARE(findDuplicateKeys(text), (Duplicates{{QString(), u"k7"_s}, {QString(), u"k99"_s}}));
}

// The first error needs no position; later ones are put in front of errors further down.
void TestJsonReader::errorsComeInDocumentOrder()
{
    ConfigErrors errors;
    errors.append({u"kiosk.json"_s, u"zz"_s, u"another file's error stays first"_s});
    JsonReader reader(u"menu.json"_s, &errors);
    const auto root = reader.parseObject(json("{'a': 1, 'b': {'c': '', 'd': true}, 'e': [0, 'x']}"));
    QVERIFY(root);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!reader.integer(*root, {}, u"e"_s, 0, 1)); // e: not an integer
    QVERIFY(!reader.string(root->value(u"b"_s).toObject(), u"b"_s, u"c"_s)); // b.c: empty
    QVERIFY(!reader.stringAt(root->value(u"e"_s).toArray().at(0), u"e[0]"_s)); // e[0]
    reader.error(u"b.x"_s, u"absent: sorts with its parent"_s);
    QVERIFY(!reader.integer(*root, {}, u"a"_s, 5, 9)); // a: out of range
    QStringList lines;
    for (const ConfigError &e : std::as_const(errors))
        lines.append(e.toString());
    QCOMPARE(lines, (QStringList{
        u"kiosk.json: zz: another file's error stays first"_s,
        u"menu.json: a: must be between 5 and 9, got 1"_s,
        u"menu.json: b.x: absent: sorts with its parent"_s,
        u"menu.json: b.c: must not be empty"_s,
        u"menu.json: e: expected an integer"_s,
        u"menu.json: e[0]: expected a string"_s,
    }));
}

// Images are looked up once per file read, but every use of a wrong one is reported, and a
// reader asked about another folder looks again.
void TestJsonReader::eachUseOfAnImageIsChecked()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    QVERIFY(dir.isValid() && other.isValid());
    QVERIFY(copyTree(minimalConfigDir() + u"/images"_s, dir.filePath(u"images"_s)));
    ConfigErrors errors;
    JsonReader reader(u"menu.json"_s, &errors);
    const auto root = reader.parseObject(json("{'items': ["
                                              "{'image': 'images/items/cola.png'}, {'image': 'images/nope.png'},"
                                              "{'image': 'images/items/cola.png'}, {'image': 'images/nope.png'},"
                                              "{'image': '/etc/passwd'}, {'image': '/etc/passwd'}]}"));
    QVERIFY(root);
    const QJsonArray items = root->value(u"items"_s).toArray();
    QStringList found;
    for (qsizetype i = 0; i < items.size(); ++i)
        found.append(reader.imageFile(items.at(i).toObject(), JsonReader::index(u"items"_s, i), u"image"_s, dir.path()).value_or(u"-"_s));
    const QString cola = QDir::cleanPath(dir.filePath(u"images/items/cola.png"_s));
    QCOMPARE(found, (QStringList{cola, u"-"_s, cola, u"-"_s, u"-"_s, u"-"_s}));
    QStringList lines;
    for (const ConfigError &e : std::as_const(errors))
        lines.append(e.toString());
    QCOMPARE(lines, (QStringList{
        u"menu.json: items[1].image: image not found: images/nope.png"_s,
        u"menu.json: items[3].image: image not found: images/nope.png"_s,
        u"menu.json: items[4].image: must be a relative path, got \"/etc/passwd\""_s,
        u"menu.json: items[5].image: must be a relative path, got \"/etc/passwd\""_s,
    }));

    errors.clear();
    QVERIFY(!reader.imageFile(items.at(0).toObject(), u"items[0]"_s, u"image"_s, other.path()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toString(),
             u"menu.json: items[0].image: image not found: images/items/cola.png"_s);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
