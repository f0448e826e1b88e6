#pragma once

#include "refpos/simkit.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

class PaymentClock;
class Terminal;

// POST /v1/payments, GET /v1/payments/<id>, POST /v1/payments/<id>/cancel: the rules of
// docs/backend-api.md, "Payments", in their order (a replay is answered before any other).
class Payments
{
public:
    // The store's currency: that of the sample store (kiosk-config/kiosk.json).
    static constexpr char StoreCurrency[] = "USD";

    Payments(Database &db, Terminal &terminal, PaymentClock &clock);

    Response create(const Request &request);
    Response get(const QString &id);
    Response cancel(const Request &request, const QString &id);

    // The payment as GET answers it; nullopt (and an empty `error`) when there is none.
    std::optional<QJsonObject> read(const QString &id, QString *error);

private:
    // The rules after the replay check, inside create()'s transaction; `created` is set to the
    // answer when the payment was stored.
    Response admit(const QJsonObject &json, const QString &key, const QByteArray &hash,
                   QByteArray *created);
    Response storageError(const QString &error);

    Database &m_db;
    Terminal &m_terminal;
    PaymentClock &m_clock;
};

} // namespace kiosk::refpos
