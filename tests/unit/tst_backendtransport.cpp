// kiosk.json's rules for reaching the backend (config/backendtransport.h): https:// unless the
// backend is on loopback, and certificate checks off only with the lab flag, which then shows
// in the health settings. Through loadConfigDir, the path every reader of the config takes.
#include "config/backendtransport.h"
#include "config/configloader.h"
#include "support/files.h"
#include "support/samplestore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;
using namespace kiosk::test;

class TestBackendTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;

    // The minimal config with its "backend" object (and "sync", when given) replaced.
    std::optional<LoadedConfig> load(const QJsonObject &backend, const QJsonObject &sync, QStringList *errors)
    {
        const QString dir = m_dir.filePath(QString::number(++m_case));
        if (!copyTree(minimalConfigDir(), dir))
            qFatal("cannot copy the minimal config");
        QFile file(dir + u"/kiosk.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read kiosk.json");
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        root.insert(u"backend"_s, backend);
        if (!sync.isEmpty())
            root.insert(u"sync"_s, sync);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write kiosk.json");
        file.write(QJsonDocument(root).toJson());
        file.close();
        ConfigErrors found;
        std::optional<LoadedConfig> loaded = loadConfigDir(dir, &found);
        errors->clear();
        for (const ConfigError &error : std::as_const(found))
            errors->append(error.toString());
        return loaded;
    }

    static QJsonObject backend(const QString &url, std::optional<bool> lab = std::nullopt)
    {
        QJsonObject o{{u"url"_s, url}, {u"token_file"_s, u"backend.token"_s}};
        if (lab)
            o.insert(u"lab_allow_insecure_tls"_s, *lab);
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127/8") << u"127.254.3.9"_s << true;
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LocalHost") << u"LocalHost"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("octet too large") << u"127.0.0.256"_s << false;
        QTest::newRow("three octets") << u"127.0.1"_s << false;
        QTest::newRow("leading zeros") << u"127.0.0.0001"_s << false;
        QTest::newRow("lookalike name") << u"127.0.0.1.example.com"_s << false;
        QTest::newRow("localhost subdomain") << u"localhost.example.com"_s << false;
        QTest::newRow("::2") << u"::2"_s << false;
        QTest::newRow("LAN") << u"10.0.0.5"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void backendUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error"); // empty: accepted
        const QString https = u"kiosk.json: backend.url: must start with https:// unless its host is a "
                              u"loopback address (127.0.0.0/8, ::1, localhost), got \"%1\""_s;
        for (const QString &ok : {u"http://127.0.0.1:8088"_s, u"http://127.9.8.7/pos"_s, u"http://localhost:8088"_s,
                                  u"http://[::1]:8088"_s, u"https://pos.example.com"_s,
                                  u"https://10.0.0.5:8443/kiosk"_s})
            QTest::newRow(qPrintable(ok)) << ok << QString();
        for (const QString &bad : {u"http://example.com"_s, u"http://10.0.0.5:8088"_s, u"http://128.0.0.1"_s,
                                   u"http://127.0.0.1.example.com"_s, u"http://[::2]:8088"_s})
            QTest::newRow(qPrintable(bad)) << bad << https.arg(bad);
        QTest::newRow("credentials") << u"https://kiosk:s3cret@pos.example.com"_s
                                     << u"kiosk.json: backend.url: must not hold a user name or password "
                                        u"(the token goes in backend.token_file)"_s;
    }

    void backendUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        QStringList errors;
        const std::optional<LoadedConfig> loaded = load(backend(url), {}, &errors);
        QCOMPARE(errors, error.isEmpty() ? QStringList() : QStringList{error});
        QCOMPARE(loaded.has_value(), error.isEmpty());
        if (loaded) {
            QCOMPARE(loaded->kiosk.backend.url, url);
            QCOMPARE(loaded->kiosk.sync.baseUrl, url.toUtf8());
            // The Square adapter maps catalog prices in the kiosk's currency only.
            QVERIFY(!loaded->kiosk.currency.isEmpty());
            QCOMPARE(loaded->kiosk.sync.currency, loaded->kiosk.currency);
            QVERIFY(loaded->kiosk.sync.tlsVerify);
            QVERIFY(loaded->kiosk.health.tlsVerify);
        }
    }

    void tlsVerifyOffNeedsTheLabFlag()
    {
        const QJsonObject off{{u"tls_verify"_s, false}};
        QStringList errors;
        QVERIFY(!load(backend(u"https://pos.example.com"_s), off, &errors));
        QCOMPARE(errors, QStringList{u"kiosk.json: sync.tls_verify: may be false only with "
                                     u"backend.lab_allow_insecure_tls: true (no certificate checks: for "
                                     u"a lab, never a store)"_s});
        QVERIFY(!load(backend(u"https://pos.example.com"_s, false), off, &errors));
        QCOMPARE(errors.size(), 1);

        const std::optional<LoadedConfig> lab = load(backend(u"https://pos.example.com"_s, true), off, &errors);
        QCOMPARE(errors, QStringList());
        QVERIFY(lab);
        QVERIFY(lab->kiosk.backend.labAllowInsecureTls);
        QVERIFY(!lab->kiosk.sync.tlsVerify);
        QVERIFY(!lab->kiosk.health.tlsVerify); // /healthz warns (tst_healthchecks)

        // The flag alone changes nothing: certificates are still checked.
        const std::optional<LoadedConfig> flagOnly = load(backend(u"https://pos.example.com"_s, true), {}, &errors);
        QVERIFY(flagOnly);
        QVERIFY(flagOnly->kiosk.sync.tlsVerify);
        QVERIFY(flagOnly->kiosk.health.tlsVerify);
    }
};

QTEST_GUILESS_MAIN(TestBackendTransport)
#include "tst_backendtransport.moc"
