#pragma once

// Shared by the loyalty tests that run against the real refpos: its seeded members (app/refpos
// refposschema.cpp), a kiosk database and the sync settings pointing at it.
#include "config/menuparser.h"
#include "config/syncsettings.h"
#include "refposprocess.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace kiosk::test {

// refpos's seeded members (fictional 555-01xx numbers).
namespace seed {
inline const QString MariaPhone = QStringLiteral("+12065550142");      // one member, birthday today
inline const QString MariaNumber = QStringLiteral("10010042");
inline const QString MariaCode = QStringLiteral("HSK-CARD-7Q3F9A");
inline const QString LeePhone = QStringLiteral("+12065550177");        // a household: Sam and Sara
inline const QString SaraNumber = QStringLiteral("10030077");
inline const QString NoahPhone = QStringLiteral("+12065550188");       // 40 points
inline const QString NobodyPhone = QStringLiteral("+12065550100");
} // namespace seed

inline QString sampleConfigDir()
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
}

inline Menu loadSampleMenu()
{
    QFile file(sampleConfigDir() + QStringLiteral("/menu.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample menu");
    ConfigErrors errors;
    const auto menu = parseMenu(file.readAll(), QStringLiteral("menu.json"), sampleConfigDir(),
                                {QStringLiteral("en"), QStringLiteral("es")}, &errors);
    if (!menu)
        qFatal("sample menu invalid: %s", qPrintable(formatErrors(errors)));
    return *menu;
}

// refpos on loopback with a token, and the kiosk side's settings for it.
struct LoyaltyBackend
{
    QTemporaryDir dir;
    QString tokenPath = dir.filePath(QStringLiteral("backend.token"));
    RefposProcess refpos{dir.filePath(QStringLiteral("refpos.db"))};
    QString kioskDb = dir.filePath(QStringLiteral("kiosk.db"));

    bool start(QString *error)
    {
        QFile token(tokenPath);
        if (!token.open(QIODevice::WriteOnly) || token.write("loyalty-test-token\n") < 0) {
            *error = QStringLiteral("cannot write the token");
            return false;
        }
        token.close();
        return refpos.start({QStringLiteral("--token-file"), tokenPath, QStringLiteral("--menu"),
                             QStringLiteral(REFPOS_MENU)},
                            error);
    }

    // A copy of the sample store in `storeDir` whose backend is this refpos, with
    // `offlineCapCents` as its offline redemption cap; false on failure.
    bool writeStore(const QString &storeDir, int offlineCapCents) const
    {
        const QString sample = sampleConfigDir();
        QFile in(sample + QStringLiteral("/kiosk.json"));
        if (!QDir().mkpath(storeDir) || !in.open(QIODevice::ReadOnly))
            return false;
        QJsonObject kiosk = QJsonDocument::fromJson(in.readAll()).object();
        kiosk.insert(QStringLiteral("backend"),
                     QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(refpos.port())},
                                 {QStringLiteral("token_file"), tokenPath}});
        QJsonObject loyalty = kiosk.value(QStringLiteral("loyalty")).toObject();
        loyalty.insert(QStringLiteral("offline_redemption_cap_cents"), offlineCapCents);
        kiosk.insert(QStringLiteral("loyalty"), loyalty);
        QFile out(storeDir + QStringLiteral("/kiosk.json"));
        return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(kiosk).toJson()) > 0
               && QFile::copy(sample + QStringLiteral("/menu.json"), storeDir + QStringLiteral("/menu.json"))
               && QFile::link(sample + QStringLiteral("/images"), storeDir + QStringLiteral("/images"));
    }

    SyncSettings settings() const
    {
        SyncSettings s;
        s.baseUrl = "http://127.0.0.1:" + QByteArray::number(refpos.port());
        s.tokenFile = tokenPath;
        s.kioskId = QStringLiteral("T1");
        s.menuImageDir = sampleConfigDir();
        s.languages = {QStringLiteral("en"), QStringLiteral("es")};
        s.connectTimeoutMs = 1000;
        s.totalTimeoutMs = 5000;
        s.healthIntervalMs = 60000;
        s.pollIntervalMs = 200;
        s.menuPollIntervalMs = 0;
        s.loyaltyLookupTimeoutMs = 2000;
        s.loyaltyCacheTtlHours = 24;
        return s;
    }
};

} // namespace kiosk::test
