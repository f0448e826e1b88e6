#pragma once

#include "support/httpclient.h"
#include "support/squaresimprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace kiosk::test {

// The sample seed's loyalty accounts and reward tiers.
namespace seed {
inline constexpr char Amelia[] = "716cefbc-3d71-4d7c-bdc8-9c7f84c2d793"; // 120 points
inline constexpr char Diego[] = "8d2a4f11-5e0b-4c6a-9f7e-1a2b3c4d5e6f";  // 40 points
inline constexpr char TwoDollarsOff[] = "a1b2c3d4-1111-4111-8111-000000000050"; // 50 points
inline constexpr char TenPercentOff[] = "a1b2c3d4-1111-4111-8111-000000000100"; // 100 points
} // namespace seed

// One squaresim for a test case and Square calls to it, with the headers the kiosk sends
// (Authorization: Bearer, Square-Version, Content-Type), plus the sample seed's ids by name.
class SquareCalls
{
public:
    // Starts squaresim with `arguments`; false with `error`.
    bool start(const QStringList &arguments, QString *error);
    SquaresimProcess &sim() { return *m_sim; }

    HttpResult get(const QString &path);
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult post(const QString &path); // no body at all
    HttpResult put(const QString &path, const QJsonObject &body);
    HttpResult del(const QString &path);
    // /sim/ with the admin token.
    HttpResult admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QJsonArray violations();

    // An OPEN order: `lines` of {variation id, quantity}, a PICKUP fulfillment, catalog taxes.
    QJsonObject createOrder(const QList<std::pair<QString, int>> &lines, const QString &key);
    // Polls the checkout until its status is `status` (or 5 s pass); the last checkout read.
    QJsonObject waitForCheckout(const QString &id, const QString &status);

    static QJsonObject seed();
    // The seed's ITEM_VARIATION `variation` of the ITEM named `item`.
    static QString variationId(const QString &item, const QString &variation);
    static QString modifierId(const QString &list, const QString &modifier);
    static QString catalogId(const QString &type, const QString &name);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SquaresimProcess> m_sim;
    HttpClient m_http;
};

} // namespace kiosk::test
