// Every text a customer or staff member can see is translated: parses
// resources/translations/kiosk_es.ts and lists, in one failure, every message that is
// unfinished, empty, vanished (marked so by lupdate, or no longer in any QML file), missing
// (a qsTr() in qml/ that the .ts does not have) or whose translation drops or invents a
// placeholder (%1, %n). The same for the printed ticket's words: ticket_es.ts against the
// QT_TRANSLATE_NOOP() texts in app/print. The fix is `cmake --build <build> --target update_translations`,
// then translating what it lists.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// What identifies a message: the QML file's base name, the source text, the disambiguation.
struct MessageKey
{
    QString context;
    QString source;
    QString comment;

    bool operator<(const MessageKey &other) const
    {
        return std::tie(context, source, comment) < std::tie(other.context, other.source, other.comment);
    }
    bool operator==(const MessageKey &) const = default;
    QString text() const
    {
        return QStringLiteral("%1: \"%2\"%3").arg(context, source,
                                                  comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

size_t qHash(const MessageKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.context, key.source, key.comment);
}

struct TsMessage
{
    QString type;               // "", "unfinished", "vanished", "obsolete"
    QStringList translations;   // one, or the numerus forms
};

// Parses a .ts file; `error` set on malformed XML.
QMap<MessageKey, TsMessage> readTs(const QString &path, QString *error)
{
    QMap<MessageKey, TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    MessageKey key;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                key = {context, {}, {}};
                message = {};
            } else if (name == u"source") {
                key.source = xml.readElementText();
            } else if (name == u"comment") {
                key.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                // Plain text, or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (message.translations.isEmpty())
                    message.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.insert(key, message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// A JavaScript string literal's body, its escapes resolved.
QString unescapeJs(const QString &body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != u'\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(++i);
        if (e == u'n')
            out += u'\n';
        else if (e == u't')
            out += u'\t';
        else if (e == u'u' && i + 4 < body.size()) {
            out += QChar(body.mid(i + 1, 4).toUShort(nullptr, 16));
            i += 4;
        } else
            out += e;
    }
    return out;
}

// The messages of one kind of translation call in the files under `dir`: `call` matches a call
// with literal texts and `keyOf` reads it (given the file's base name), `anyCall` matches every
// call. A call whose text is not one literal (a concatenation, a variable) cannot be checked
// here, and lupdate cannot extract it either: it is listed in `unreadable`.
QSet<MessageKey> messagesIn(const QString &dir, const QStringList &nameFilters, const QRegularExpression &call,
                            const QRegularExpression &anyCall, const QString &callName,
                            const std::function<MessageKey(const QString &, const QRegularExpressionMatch &)> &keyOf,
                            QStringList *unreadable)
{
    QSet<MessageKey> keys;
    QDirIterator it(dir, nameFilters, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            unreadable->append(path);
            continue;
        }
        const QString code = QString::fromUtf8(file.readAll());
        const QString baseName = QFileInfo(path).completeBaseName();
        int calls = 0;
        for (auto match = call.globalMatch(code); match.hasNext();) {
            keys.insert(keyOf(baseName, match.next()));
            ++calls;
        }
        int allCalls = 0;
        for (auto match = anyCall.globalMatch(code); match.hasNext(); match.next())
            ++allCalls;
        if (allCalls != calls)
            unreadable->append(QStringLiteral("%1: %2 %3 call(s) without a literal text")
                                   .arg(baseName).arg(allCalls - calls).arg(callName));
    }
    return keys;
}

// Every qsTr("source"[, "disambiguation"...]) in the QML files under `dir`.
QSet<MessageKey> qmlMessages(const QString &dir, QStringList *unreadable)
{
    static const QRegularExpression Call(QStringLiteral(R"(qsTr\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*(\)|,\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))?)"));
    static const QRegularExpression AnyCall(QStringLiteral(R"(\bqsTr\s*\()"));
    const auto keyOf = [](const QString &file, const QRegularExpressionMatch &m) {
        const QString source = m.captured(1);
        const QString comment = m.captured(3);
        return MessageKey{file, unescapeJs(source.mid(1, source.size() - 2)),
                          comment.isEmpty() ? QString() : unescapeJs(comment.mid(1, comment.size() - 2))};
    };
    return messagesIn(dir, {QStringLiteral("*.qml")}, Call, AnyCall, QStringLiteral("qsTr()"), keyOf, unreadable);
}

// Every QT_TRANSLATE_NOOP("context", "source") in the C++ files under `dir`.
QSet<MessageKey> cppMessages(const QString &dir, QStringList *unreadable)
{
    static const QRegularExpression Call(QStringLiteral(R"re(QT_TRANSLATE_NOOP\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\))re"));
    static const QRegularExpression AnyCall(QStringLiteral(R"(\bQT_TRANSLATE_NOOP\s*\()"));
    const auto keyOf = [](const QString &, const QRegularExpressionMatch &m) {
        return MessageKey{unescapeJs(m.captured(1)), unescapeJs(m.captured(2)), {}};
    };
    return messagesIn(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, Call, AnyCall,
                      QStringLiteral("QT_TRANSLATE_NOOP()"), keyOf, unreadable);
}

// The placeholders of a text: %1..%99 and %n (numerus), sorted, duplicates kept once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression Placeholder(QStringLiteral(R"(%(\d{1,2}|n|L\d))"));
    QSet<QString> found;
    for (auto match = Placeholder.globalMatch(text); match.hasNext();)
        found.insert(match.next().captured(0));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

// Every problem of the .ts at `tsPath` against the messages the sources use, one line each.
QStringList translationProblems(const QString &tsPath, const QSet<MessageKey> &used, const QStringList &unreadable)
{
    QString error;
    const QMap<MessageKey, TsMessage> ts = readTs(tsPath, &error);
    if (!error.isEmpty())
        return {error};
    if (ts.isEmpty())
        return {u"the .ts file has no messages"_s};

    QStringList problems = unreadable;
    for (auto it = ts.cbegin(); it != ts.cend(); ++it) {
        const MessageKey &key = it.key();
        const TsMessage &message = it.value();
        if (message.type == u"vanished" || message.type == u"obsolete") {
            problems.append(key.text() + QStringLiteral(": vanished (delete it from the .ts)"));
            continue;
        }
        if (!used.contains(key)) {
            problems.append(key.text() + QStringLiteral(": vanished (no source uses it any more)"));
            continue;
        }
        if (message.type == u"unfinished")
            problems.append(key.text() + QStringLiteral(": unfinished"));
        bool empty = false;
        for (const QString &translation : message.translations)
            empty = empty || translation.trimmed().isEmpty();
        if (empty) {
            problems.append(key.text() + QStringLiteral(": empty translation"));
            continue;
        }
        for (const QString &translation : message.translations) {
            // A numerus form may say "one" in words instead of %n; every other placeholder stays.
            QStringList expected = placeholders(key.source);
            QStringList got = placeholders(translation);
            if (message.translations.size() > 1) {
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (expected != got) {
                problems.append(key.text() + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                                 .arg(expected.isEmpty() ? u"none"_s : expected.join(u' '),
                                                      got.isEmpty() ? u"none"_s : got.join(u' '), translation));
            }
        }
    }
    QList<MessageKey> missing;
    for (const MessageKey &key : used) {
        if (!ts.contains(key))
            missing.append(key);
    }
    std::sort(missing.begin(), missing.end());
    for (const MessageKey &key : std::as_const(missing))
        problems.append(key.text() + QStringLiteral(": missing from the .ts (run update_translations)"));

    return problems;
}

// Where a .ts file's texts come from: qsTr() in QML files, or QT_TRANSLATE_NOOP() in C++ files.
enum class Sources { Qml, Cpp };

// The .ts at `tsPath` against the texts the files in `dir` mark for translation.
QStringList translationProblems(const QString &tsPath, const QString &dir, Sources sources = Sources::Qml)
{
    QStringList unreadable;
    const QSet<MessageKey> used = sources == Sources::Qml ? qmlMessages(dir, &unreadable) : cppMessages(dir, &unreadable);
    if (used.isEmpty())
        return {(sources == Sources::Qml ? u"no qsTr() found in "_s : u"no QT_TRANSLATE_NOOP() found in "_s) + dir};
    return translationProblems(tsPath, used, unreadable);
}

} // namespace

Q_DECLARE_METATYPE(Sources)

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    // The screens' texts (qml/) and the printed ticket's words (app/print), each in its .ts.
    void spanishIsComplete_data()
    {
        QTest::addColumn<QString>("tsPath");
        QTest::addColumn<QString>("sourceDir");
        QTest::addColumn<Sources>("sources");
        QTest::newRow("screens") << QStringLiteral(KIOSK_SOURCE_DIR "/resources/translations/kiosk_es.ts")
                                 << QStringLiteral(KIOSK_SOURCE_DIR "/qml") << Sources::Qml;
        QTest::newRow("ticket") << QStringLiteral(KIOSK_SOURCE_DIR "/resources/translations/ticket_es.ts")
                                << QStringLiteral(KIOSK_SOURCE_DIR "/app/print") << Sources::Cpp;
    }

    void spanishIsComplete()
    {
        QFETCH(QString, tsPath);
        QFETCH(QString, sourceDir);
        QFETCH(Sources, sources);
        const QStringList problems = translationProblems(tsPath, sourceDir, sources);
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2:\n  %3")
                                 .arg(problems.size()).arg(tsPath, problems.join(QStringLiteral("\n  ")))));
        }
    }

    // The checker itself: a broken .ts is caught, message by message.
    void detectsEveryKindOfProblem()
    {
        const QString dir = QStringLiteral(KIOSK_TEST_DATA_DIR "/translations-check");
        QString error;
        const QMap<MessageKey, TsMessage> messages = readTs(dir + u"/broken.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 6);
        QCOMPARE(messages.value({u"Page"_s, u"Later"_s, {}}).type, u"unfinished"_s);
        QCOMPARE(messages.value({u"Page"_s, u"Old"_s, {}}).type, u"vanished"_s);
        QCOMPARE(messages.value({u"Page"_s, u"%n item(s)"_s, {}}).translations,
                 QStringList({u"un artículo"_s, QString()}));
        QVERIFY(messages.contains({u"Page"_s, u"Menu"_s, u"title"_s}));
        QCOMPARE(placeholders(u"Hi %1, %2 and %1 (%n)"_s), QStringList({u"%1"_s, u"%2"_s, u"%n"_s}));

        QStringList unreadable;
        const QSet<MessageKey> used = qmlMessages(dir, &unreadable);
        QCOMPARE(used, (QSet<MessageKey>{{u"Page"_s, u"Done"_s, {}}, {u"Page"_s, u"Menu"_s, u"title"_s},
                                          {u"Page"_s, u"Say \"hi\" …"_s, {}}, {u"Page"_s, u"%n item(s)"_s, {}},
                                          {u"Page"_s, u"Hi %1"_s, {}}, {u"Page"_s, u"Later"_s, {}}}));
        QCOMPARE(unreadable, QStringList({u"Page: 1 qsTr() call(s) without a literal text"_s}));

        QCOMPARE(translationProblems(dir + u"/broken.ts"_s, dir), QStringList({
            u"Page: 1 qsTr() call(s) without a literal text"_s,
            u"Page: \"%n item(s)\": empty translation"_s,
            u"Page: \"Hi %1\": placeholders %1 in the source, none in \"Hola\""_s,
            u"Page: \"Later\": unfinished"_s,
            u"Page: \"Later\": empty translation"_s,
            u"Page: \"Old\": vanished (delete it from the .ts)"_s,
            u"Page: \"Say \"hi\" …\": missing from the .ts (run update_translations)"_s,
        }));

        // The C++ side: QT_TRANSLATE_NOOP() texts, checked against a .ts the same way.
        unreadable.clear();
        QCOMPARE(cppMessages(dir, &unreadable),
                 (QSet<MessageKey>{{u"Page"_s, u"Later"_s, {}}, {u"Ticket"_s, u"Say \"hi\""_s, {}}}));
        QCOMPARE(unreadable, QStringList({u"words: 1 QT_TRANSLATE_NOOP() call(s) without a literal text"_s}));
        QCOMPARE(translationProblems(dir + u"/broken.ts"_s, dir, Sources::Cpp).filter(u"Later"_s),
                 QStringList({u"Page: \"Later\": unfinished"_s, u"Page: \"Later\": empty translation"_s}));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
