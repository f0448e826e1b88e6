#pragma once

// For the contract v1 conformance tests: the real refpos started once for a test case with its
// own token and database, the sample menu and seed 1, and a client that sends the token.
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "support/samplestore.h"
#include "support/tokenfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

namespace kiosk::test {

inline QString idOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("id")).toString();
}

inline QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// The base of a test case against that refpos: Qt Test runs the inherited initTestCase and
// cleanupTestCase (a private slot of a base counts), so the derived cases hold only their tests.
class RefposApiTestCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startRefpos(&error), qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_refpos->terminate(), 0); }

protected:
    static inline const QByteArray Token = "test-token-5f1c";

    // The menu refpos serves; a test case of another menu (combos) overrides it.
    virtual QString menuFile() const { return sampleMenuFile(); }
    // More refpos options for a test case (--welcome-reward-item, --promotions).
    virtual QStringList extraArguments() const { return {}; }

    QTemporaryDir m_dir;
    std::unique_ptr<RefposProcess> m_refpos;
    HttpClient m_http;

    bool startRefpos(QString *error)
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("backend.token"));
        if (!m_dir.isValid() || !writeTokenFile(tokenFile, Token)) {
            *error = QStringLiteral("cannot write the token file");
            return false;
        }
        m_refpos = std::make_unique<RefposProcess>(m_dir.filePath(QStringLiteral("refpos.db")));
        m_http.setToken(Token);
        return m_refpos->start(QStringList{QStringLiteral("--menu"), menuFile(), QStringLiteral("--token-file"), tokenFile,
                                           QStringLiteral("--seed"), QStringLiteral("1")}
                                   + extraArguments(),
                               error);
    }

    QUrl url(const QString &path) const { return m_refpos->url(path); }

    QJsonArray adminList(const QString &name)
    {
        return m_http.get(url(QStringLiteral("/admin/") + name)).json().value(name).toArray();
    }

    bool orderStored(const QString &id)
    {
        const QJsonArray orders = adminList(QStringLiteral("orders"));
        return std::any_of(orders.begin(), orders.end(), [&id](const QJsonValue &o) {
            return o.toObject().value(QStringLiteral("id")).toString() == id;
        });
    }
};

} // namespace kiosk::test
