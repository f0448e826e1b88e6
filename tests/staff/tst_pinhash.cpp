// The diagnostics PIN hash: "pbkdf2-sha256$<iterations>$<salt b64>$<key b64>", as in the
// sample store's kiosk.json, made by hashPin() and checked by verifyPin().
#include "config/configloader.h"
#include "config/kioskconfigparser.h"
#include "staff/pinhash.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestPinHash : public QObject
{
    Q_OBJECT

private:
    // kiosk-config/kiosk.json's pin_hash (PIN 2468), read through the config loader.
    static QString sampleStoreHash()
    {
        ConfigErrors errors;
        const auto config = loadConfigDir(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config"), &errors);
        if (!config)
            qFatal("the sample store does not load: %s", qPrintable(formatErrors(errors)));
        return config->kiosk.diagnostics.pinHash;
    }

    // The minimal config's kiosk.json with `hash` as its pin_hash, through the validator.
    static std::optional<KioskConfig> parseWithPinHash(const QString &hash, ConfigErrors *errors)
    {
        QFile source(QStringLiteral(KIOSK_TEST_DATA_DIR "/minimal-config/kiosk.json"));
        if (!source.open(QIODevice::ReadOnly))
            qFatal("cannot read the minimal config");
        QByteArray json = source.readAll();
        const QByteArray old = "pbkdf2-sha256$100000$bWluaW1hbC1jb25maWctcw==$mM/6OAu1/eGXT9Z1JTcP0tDpIOX1dbhPW3NqTvX6l1k=";
        if (!json.contains(old))
            qFatal("the minimal config's pin_hash changed");
        json.replace(old, hash.toLatin1());
        return parseKioskConfig(json, QStringLiteral(KIOSK_TEST_DATA_DIR "/minimal-config"), errors);
    }

private slots:
    void sampleStoreHashVerifies()
    {
        const QString hash = sampleStoreHash();
        QVERIFY(hash.startsWith(u"pbkdf2-sha256$100000$"_s));
        QVERIFY(verifyPin(u"2468"_s, hash));
        QVERIFY(!verifyPin(u"1234"_s, hash));
        QVERIFY(!verifyPin(u"24680"_s, hash));
        QVERIFY(!verifyPin(u"246"_s, hash));
        QVERIFY(!verifyPin({}, hash));
    }

    void minimalConfigHashVerifies()
    {
        // tests/data/minimal-config: same PIN, another salt.
        const QString hash =
            u"pbkdf2-sha256$100000$bWluaW1hbC1jb25maWctcw==$mM/6OAu1/eGXT9Z1JTcP0tDpIOX1dbhPW3NqTvX6l1k="_s;
        QVERIFY(verifyPin(u"2468"_s, hash));
        QVERIFY(!verifyPin(u"1234"_s, hash));
        QVERIFY(!verifyPin(u"2468"_s, sampleStoreHash().replace(u"KZwg"_s, u"KZwh"_s))); // one key bit
    }

    void roundTrip()
    {
        const QString hash = hashPin(u"13579"_s, PinHash::MinIterations);
        static const QRegularExpression Form(u"^pbkdf2-sha256\\$10000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$"_s);
        QVERIFY2(Form.match(hash).hasMatch(), "not in the pin_hash form");
        QVERIFY(verifyPin(u"13579"_s, hash));
        QVERIFY(!verifyPin(u"13578"_s, hash));

        const auto parsed = PinHash::parse(hash);
        QVERIFY(parsed);
        QCOMPARE(parsed->iterations, PinHash::MinIterations);
        QCOMPARE(parsed->salt.size(), PinHash::SaltBytes);
        QCOMPARE(parsed->key.size(), PinHash::KeyBytes);
        QCOMPARE(parsed->toString(), hash);

        // A fresh salt each time: the same PIN never hashes the same twice.
        const QString again = hashPin(u"13579"_s, PinHash::MinIterations);
        QVERIFY(again != hash);
        QVERIFY(PinHash::parse(again)->salt != parsed->salt);
        QVERIFY(verifyPin(u"13579"_s, again));
    }

    void defaultIterationsAreTheSampleStores()
    {
        const QString hash = hashPin(u"2468"_s);
        QVERIFY(hash.startsWith(u"pbkdf2-sha256$100000$"_s));
        QVERIFY(verifyPin(u"2468"_s, hash));
    }

    void passesTheConfigValidator()
    {
        // A freshly made hash pasted into kiosk.json loads.
        ConfigErrors errors;
        const auto config = parseWithPinHash(hashPin(u"97531"_s, PinHash::MinIterations), &errors);
        QVERIFY2(config, qPrintable(formatErrors(errors)));
        QVERIFY(verifyPin(u"97531"_s, config->diagnostics.pinHash));
    }

    void pinsAreFourToEightDigits_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4 digits") << u"0000"_s << true;
        QTest::newRow("8 digits") << u"12345678"_s << true;
        QTest::newRow("3 digits") << u"123"_s << false;
        QTest::newRow("9 digits") << u"123456789"_s << false;
        QTest::newRow("letter") << u"12a4"_s << false;
        QTest::newRow("space") << u"1234 "_s << false;
        QTest::newRow("sign") << u"-1234"_s << false;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663\u0664"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void pinsAreFourToEightDigits()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(isValidPin(pin), valid);
        QCOMPARE(hashPin(pin, PinHash::MinIterations).isEmpty(), !valid);
    }

    void iterationsOutOfRangeMakeNoHash()
    {
        QVERIFY(hashPin(u"2468"_s, PinHash::MinIterations - 1).isEmpty());
        QVERIFY(hashPin(u"2468"_s, PinHash::MaxIterations + 1).isEmpty());
    }

    void malformedHashesAreRejected_data()
    {
        QTest::addColumn<QString>("hash");
        const QString salt = u"fN5XXnOlL3O14YBbP7eEiQ=="_s;
        const QString key = u"KZwgozt2ohaKVM5/tMClHZNH1Te7yFFgbux8yT5vtIc="_s;
        const auto make = [](const QStringList &parts) { return parts.join(u'$'); };
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << make({u"pbkdf2-sha1"_s, u"100000"_s, salt, key});
        QTest::newRow("upper-case scheme") << make({u"PBKDF2-SHA256"_s, u"100000"_s, salt, key});
        QTest::newRow("three parts") << make({u"pbkdf2-sha256"_s, u"100000"_s, salt});
        QTest::newRow("five parts") << make({u"pbkdf2-sha256"_s, u"100000"_s, salt, key, key});
        QTest::newRow("iterations not a number") << make({u"pbkdf2-sha256"_s, u"1e5"_s, salt, key});
        QTest::newRow("negative iterations") << make({u"pbkdf2-sha256"_s, u"-100000"_s, salt, key});
        QTest::newRow("iterations too few") << make({u"pbkdf2-sha256"_s, u"9999"_s, salt, key});
        QTest::newRow("iterations too many") << make({u"pbkdf2-sha256"_s, u"10000001"_s, salt, key});
        QTest::newRow("iterations overflow") << make({u"pbkdf2-sha256"_s, u"99999999999"_s, salt, key});
        QTest::newRow("empty salt") << make({u"pbkdf2-sha256"_s, u"100000"_s, {}, key});
        QTest::newRow("salt not base64") << make({u"pbkdf2-sha256"_s, u"100000"_s, u"not base64!"_s, key});
        QTest::newRow("empty key") << make({u"pbkdf2-sha256"_s, u"100000"_s, salt, {}});
        QTest::newRow("key not base64") << make({u"pbkdf2-sha256"_s, u"100000"_s, salt, u"KZwg*zt2"_s});
        QTest::newRow("key too short") << make({u"pbkdf2-sha256"_s, u"100000"_s, salt, u"KZwgozt2"_s});
        QTest::newRow("leading space") << u" "_s + make({u"pbkdf2-sha256"_s, u"100000"_s, salt, key});
    }

    void malformedHashesAreRejected()
    {
        QFETCH(QString, hash);
        QVERIFY(!PinHash::parse(hash));
        QVERIFY(!verifyPin(u"2468"_s, hash));
    }

    // One set of bounds (domain/pinhashrules.h): what the validator lets into kiosk.json is
    // what verifyPin() can check, and what it refuses it names exactly.
    void validatorHoldsHashesToTheRuntimeBounds_data()
    {
        QTest::addColumn<QString>("iterations");
        QTest::addColumn<int>("keyBytes");
        QTest::addColumn<QString>("message"); // empty: both accept
        const QString at = u"kiosk.json: diagnostics.pin_hash: "_s;
        QTest::newRow("fewest iterations") << u"10000"_s << 32 << QString();
        QTest::newRow("most iterations") << u"10000000"_s << 32 << QString();
        QTest::newRow("leading zeros") << u"000000000000100000"_s << 32 << QString();
        QTest::newRow("shortest key") << u"100000"_s << 16 << QString();
        QTest::newRow("longest key") << u"100000"_s << 64 << QString();
        QTest::newRow("too few iterations") << u"9999"_s << 32 << at + u"iterations must be at least 10000, got 9999"_s;
        QTest::newRow("too many iterations")
            << u"10000001"_s << 32 << at + u"iterations must be at most 10000000, got 10000001"_s;
        QTest::newRow("more iterations than an int")
            << u"99999999999"_s << 32 << at + u"iterations must be at most 10000000, got 99999999999"_s;
        QTest::newRow("key too short") << u"100000"_s << 15 << at + u"key must be 16 to 64 bytes, got 15"_s;
        QTest::newRow("key too long") << u"100000"_s << 65 << at + u"key must be 16 to 64 bytes, got 65"_s;
    }

    void validatorHoldsHashesToTheRuntimeBounds()
    {
        QFETCH(QString, iterations);
        QFETCH(int, keyBytes);
        QFETCH(QString, message);
        const QString hash = u"pbkdf2-sha256$%1$fN5XXnOlL3O14YBbP7eEiQ==$%2"_s.arg(
                iterations, QString::fromLatin1(QByteArray(keyBytes, '\x5a').toBase64()));
        ConfigErrors errors;
        QCOMPARE(parseWithPinHash(hash, &errors).has_value(), message.isEmpty());
        QCOMPARE(formatErrors(errors), message);
        QCOMPARE(PinHash::parse(hash).has_value(), message.isEmpty());
    }

    // That no byte's difference ends the comparison early is a matter of code review
    // (pinhash.cpp has no branch inside the loop); here: it compares what it should.
    void constantTimeEqualsComparesEveryByte()
    {
        const QByteArray key = QByteArray::fromBase64("KZwgozt2ohaKVM5/tMClHZNH1Te7yFFgbux8yT5vtIc=");
        QVERIFY(constantTimeEquals(key, key));
        QVERIFY(constantTimeEquals({}, {}));
        for (qsizetype i = 0; i < key.size(); ++i) {
            QByteArray other = key;
            other[i] = char(other[i] ^ 0x01);
            QVERIFY2(!constantTimeEquals(key, other), qPrintable(QString::number(i)));
        }
        QVERIFY(!constantTimeEquals(key, key.left(31)));
        QVERIFY(!constantTimeEquals(key, key + '\0'));
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
