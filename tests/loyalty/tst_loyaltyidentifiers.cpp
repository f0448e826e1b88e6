// What a customer types or scans, read before any lookup: phone numbers in E.164 (and as they
// are typed), member numbers, scanned codes; and the one masking helper every loyalty log uses.
#include "domain/logmask.h"
#include "ui/loyaltyidentifiers.h"

#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestLoyaltyIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void phoneNormalisedToE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::newRow("ten digits") << u"2065550142"_s << u"+12065550142"_s;
        QTest::newRow("formatted") << u"(206) 555-0142"_s << u"+12065550142"_s;
        QTest::newRow("with country code") << u"1 206 555 0142"_s << u"+12065550142"_s;
        QTest::newRow("international") << u"+1 206-555-0142"_s << u"+12065550142"_s;
        QTest::newRow("fictional 555 area code") << u"5551234567"_s << u"+15551234567"_s;
        QTest::newRow("spaces around") << u"  2065550177 "_s << u"+12065550177"_s;
    }
    void phoneNormalisedToE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        QCOMPARE(normalisePhone(typed, u"US"_s), std::optional<QString>(e164));
    }

    void phoneRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << u"555123"_s;
        QTest::newRow("too long") << u"206555014212345"_s;
        QTest::newRow("letters") << u"1800FLOWERS"_s;
        QTest::newRow("symbols") << u"206*555#0142"_s;
        QTest::newRow("absurdly long") << QString(200, u'5');
    }
    void phoneRefused()
    {
        QFETCH(QString, typed);
        QCOMPARE(normalisePhone(typed, u"US"_s), std::nullopt);
    }

    void phoneFormattedAsTyped()
    {
        QCOMPARE(formatPhoneAsYouType(QString(), u"US"_s), QString());
        QCOMPARE(formatPhoneAsYouType(u"555"_s, u"US"_s), u"555"_s);
        QCOMPARE(formatPhoneAsYouType(u"5551234567"_s, u"US"_s), u"(555) 123-4567"_s);
        QCOMPARE(formatPhoneAsYouType(u"2065550142"_s, u"US"_s), u"(206) 555-0142"_s);
        // Only digits count: what a page passes through stays harmless.
        QCOMPARE(formatPhoneAsYouType(u"(555) 123-4567"_s, u"US"_s), u"(555) 123-4567"_s);
    }

    void memberNumber()
    {
        QCOMPARE(normaliseMemberNumber(u" 1001-0042 "_s), std::optional<QString>(u"10010042"_s));
        QCOMPARE(normaliseMemberNumber(u"ab 12"_s), std::optional<QString>(u"AB12"_s));
        QCOMPARE(normaliseMemberNumber(QString()), std::nullopt);
        QCOMPARE(normaliseMemberNumber(u"12;DROP"_s), std::nullopt);
        QCOMPARE(normaliseMemberNumber(QString(33, u'1')), std::nullopt);
    }

    void scannedCode()
    {
        QCOMPARE(normaliseScannedCode(u"HSK-CARD-7Q3F9A\n"_s), std::optional<QString>(u"HSK-CARD-7Q3F9A"_s));
        QCOMPARE(normaliseScannedCode(u"  \r\n"_s), std::nullopt);
        QCOMPARE(normaliseScannedCode(u"bad\u0007code"_s), std::nullopt);
        QCOMPARE(normaliseScannedCode(QString(129, u'A')), std::nullopt);
    }

    void maskShowsTwoCharactersAtMost()
    {
        QCOMPARE(maskIdentifier(u"+12065550142"_s), u"…42"_s);
        QCOMPARE(maskIdentifier(u"10010042"_s), u"…42"_s);
        QCOMPARE(maskIdentifier(u"HSK-CARD-7Q3F9A"_s), u"…9A"_s);
        QCOMPARE(maskIdentifier(u"42"_s), u"…"_s);
        QCOMPARE(maskIdentifier(QString()), u"…"_s);
    }
};

QTEST_APPLESS_MAIN(TestLoyaltyIdentifiers)
#include "tst_loyaltyidentifiers.moc"
