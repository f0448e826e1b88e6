// The backend token as the kiosk finds it at start: the sample store's demo token refused in
// front of a backend that is not on this machine (the kiosk does not start), warnings for a
// token file other users can read, and ./kiosk-config read only from a build tree.
#include "config/backendtoken.h"
#include "config/configcheck.h"
#include "config/defaultconfigdir.h"
#include "kioskservices.h"
#include "support/samplestore.h"
#include "support/storecopy.h"
#include "support/tokenfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestBackendToken : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static KioskConfig::Backend backendAt(const QString &url, const QString &tokenFile)
    {
        KioskConfig::Backend backend;
        backend.url = url;
        backend.tokenFile = tokenFile;
        return backend;
    }

    QString demoTokenFile() const { return test::sampleConfigDir() + u"/backend.token"_s; }

private slots:
    void theDemoTokenOnlyWorksOnLoopback()
    {
        QVERIFY(demoTokenRefusal(backendAt(u"http://127.0.0.1:8088"_s, demoTokenFile())).isEmpty());
        QVERIFY(demoTokenRefusal(backendAt(u"http://localhost:8088"_s, demoTokenFile())).isEmpty());
        QCOMPARE(demoTokenRefusal(backendAt(u"https://pos.example.com/api"_s, demoTokenFile())),
                 u"backend.token_file: %1 holds the sample store's demo token, which everyone knows; "
                 u"backend.url's host pos.example.com is not this machine. Put the token your backend "
                 u"issued for this kiosk in %1."_s.arg(demoTokenFile()));
        const QString own = m_dir.filePath(u"own.token"_s);
        QVERIFY(test::writeTokenFile(own, "a-token-the-backend-issued"));
        QVERIFY(demoTokenRefusal(backendAt(u"https://pos.example.com/api"_s, own)).isEmpty());
    }

    void theKioskRefusesToStartWithTheDemoTokenAndARemoteBackend()
    {
        const QString store = m_dir.filePath(u"remote-store"_s);
        QVERIFY(test::copyStore(store, {{u"backend"_s, QJsonObject{{u"url"_s, u"https://pos.example.com"_s}}}}));
        KioskServices services;
        QString error;
        QVERIFY(!services.start({store, m_dir.filePath(u"data"_s), KioskServices::HealthListener::Off}, &error));
        QVERIFY2(error.startsWith(u"backend.token_file: "_s) && error.contains(u"demo token"_s), qPrintable(error));
        QVERIFY(!services.isRunning());

        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(printConfigCheck(checkConfigDir(store), outStream, errStream), 1);
        QCOMPARE(err, error + u'\n');
    }

    void aTokenOthersCanReadIsWarnedAbout()
    {
        const QString path = m_dir.filePath(u"backend.token"_s);
        QVERIFY(test::writeTokenFile(path, "a-token-the-backend-issued"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QCOMPARE(tokenFileWarnings(path), QStringList());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::ReadOther));
        QCOMPARE(tokenFileWarnings(path),
                 QStringList{u"backend.token_file: every user on this machine can read %1 (mode 0644): "
                             u"chmod 0640 and chown root:kiosk"_s.arg(path)});
        QCOMPARE(tokenFileWarnings(m_dir.filePath(u"missing.token"_s)),
                 QStringList{u"backend.token_file: %1 does not exist: orders wait in the outbox until the "
                             u"token the backend issued for this kiosk is put there (0640 root:kiosk)"_s
                                 .arg(m_dir.filePath(u"missing.token"_s))});
        // The demo token is in the source tree: no secret to keep.
        QCOMPARE(tokenFileWarnings(demoTokenFile()), QStringList());
    }

    void aTokenFileThatCannotBeReadIsSaidExactly()
    {
        // A folder where the file should be: what a mistyped path or a bad mount gives (the
        // tests run as root, who reads any file whatever its mode).
        const QString path = m_dir.filePath(u"token-folder"_s);
        QVERIFY(QDir().mkpath(path));
        QCOMPARE(tokenFileWarnings(path),
                 QStringList{u"backend.token_file: %1 cannot be read (not a file): nothing reaches the "
                             u"backend until it can (a file, 0640 root:kiosk)"_s.arg(path)});
    }

    // `kiosk --check-config` and `kioskctl config validate` print the warning and still pass.
    void theConfigCheckPrintsTokenWarnings()
    {
        const QString store = m_dir.filePath(u"own-token-store"_s);
        QVERIFY(test::copyStore(store));
        const QString token = store + u"/backend.token"_s;
        QFile::remove(token);
        QVERIFY(test::writeTokenFile(token, "a-token-the-backend-issued"));
        QVERIFY(QFile::setPermissions(token, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(printConfigCheck(checkConfigDir(store), outStream, errStream), 0);
        QCOMPARE(err, u"warning: "_s + tokenFileWarnings(token).join(u"\nwarning: "_s) + u'\n');
        QVERIFY2(err.contains(u"every user on this machine can read"_s), qPrintable(err));
        QVERIFY(out.endsWith(u"OK (9 categories, 51 items)\n"_s));
    }

    void kioskConfigInTheWorkingDirectoryOnlyFromABuildTree()
    {
        const QString work = m_dir.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(work + u"/kiosk-config"_s));
        QFile kioskJson(work + u"/kiosk-config/kiosk.json"_s);
        QVERIFY(kioskJson.open(QIODevice::WriteOnly));
        kioskJson.close();
        const QString buildTree = QCoreApplication::applicationDirPath(); // this test's own folder
        QCOMPARE(defaultConfigDir(buildTree, work), QDir(work).filePath(u"kiosk-config"_s));
        QCOMPARE(defaultConfigDir(u"/usr/bin"_s, work), u"/etc/kiosk"_s);
        QCOMPARE(defaultConfigDir(buildTree, m_dir.path()), u"/etc/kiosk"_s);
    }
};

QTEST_MAIN(TestBackendToken)
#include "tst_backendtoken.moc"
