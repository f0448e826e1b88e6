#include "contract/paymentresponse.h"

#include "contract/jsonfield.h"

#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr qsizetype MaxReasonLength = 200;

// The contract's five statuses; the kiosk's own (saved, refused) are never on the wire.
std::optional<PaymentStatus> wireStatus(const QString &code)
{
    const std::optional<PaymentStatus> status = paymentStatusFromCode(code);
    if (!status || *status == PaymentStatus::Saved || *status == PaymentStatus::Refused)
        return std::nullopt;
    return status;
}

bool isLast4(const QString &text)
{
    return text.size() == 4
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// "card": null/absent (nullopt in `card`), or a brand and the last four digits.
bool readCard(const QJsonObject &json, std::optional<CardSummary> *card, QString *error)
{
    const JsonField field(json, QString(), u"card"_s);
    if (!json.contains(u"card"_s) || field.isNull())
        return true;
    const std::optional<QJsonObject> object = field.object(error);
    if (!object)
        return false;
    const std::optional<QString> brand = JsonField(*object, u"card"_s, u"brand"_s).string(error);
    const std::optional<QString> last4 = brand ? JsonField(*object, u"card"_s, u"last4"_s).string(error)
                                               : std::nullopt;
    if (!last4)
        return false;
    if (!isLast4(*last4)) {
        *error = u"card.last4: expected four digits"_s; // never the value: it is card data
        return false;
    }
    *card = CardSummary{brand->left(40), *last4};
    return true;
}

std::optional<PaymentReport> parseReport(const QByteArray &body, const QString &expectedId, QString *error)
{
    const std::optional<QJsonObject> json = parseJsonBody(body, error);
    if (!json)
        return std::nullopt;
    const std::optional<QUuid> id = JsonField(*json, QString(), u"id"_s).uuid(error);
    if (!id)
        return std::nullopt;
    if (const QUuid expected = QUuid::fromString(expectedId); expected.isNull() || *id != expected) {
        *error = u"id: expected the payment %1"_s.arg(expectedId);
        return std::nullopt;
    }
    const std::optional<QString> code = JsonField(*json, QString(), u"status"_s).string(error);
    if (!code)
        return std::nullopt;
    const std::optional<PaymentStatus> status = wireStatus(*code);
    if (!status) {
        *error = u"status: expected pending, in_progress, completed, declined or canceled, got \"%1\""_s
                     .arg(code->left(40));
        return std::nullopt;
    }
    PaymentReport report;
    report.status = *status;
    const JsonField reason(*json, QString(), u"reason"_s);
    if (json->contains(u"reason"_s) && !reason.isNull()) {
        const std::optional<QString> text = reason.string(error, true);
        if (!text)
            return std::nullopt;
        report.reason = text->left(MaxReasonLength);
    }
    std::optional<CardSummary> card;
    if (!readCard(*json, &card, error))
        return std::nullopt;
    if (report.status == PaymentStatus::Completed)
        report.card = card;
    return report;
}

} // namespace

std::optional<PaymentReport> parsePaymentReport(const QByteArray &body, const QString &expectedId, QString *error)
{
    QString why;
    std::optional<PaymentReport> report = parseReport(body, expectedId, &why);
    if (error)
        *error = why;
    return report;
}

} // namespace kiosk
