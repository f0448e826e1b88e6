#include "contract/feedbackrequest.h"

#include "contract/jsonfield.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr qsizetype MaxCommentLength = 2000;

// A field that must be present and may be null; `read` runs only for a non-null value.
template<typename T, typename Read>
std::optional<std::optional<T>> nullable(const JsonField &field, Read read)
{
    // Present and null. Built in place: from optional<T>(), g++ 12 sees a "maybe uninitialized".
    if (field.isNull())
        return std::optional<std::optional<T>>(std::in_place);
    const auto value = read(field);
    if (!value)
        return std::nullopt;
    return std::optional<T>(T(*value));
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject FeedbackRequest::toContractJson() const
{
    return QJsonObject{
        {u"id"_s, id.toString(QUuid::WithoutBraces)},
        {u"order_id"_s, orderId.toString(QUuid::WithoutBraces)},
        {u"csat"_s, orNull(csat)},
        {u"nps"_s, orNull(nps)},
        {u"comment"_s, comment ? QJsonValue(*comment) : QJsonValue(QJsonValue::Null)},
        {u"language"_s, language},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

std::optional<FeedbackRequest> feedbackFromContractJson(const QJsonObject &json, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const auto field = [&json](const QString &key) { return JsonField(json, QString(), key); };

    const auto id = field(u"id"_s).uuid(error);
    if (!id)
        return std::nullopt;
    const auto orderId = field(u"order_id"_s).uuid(error);
    if (!orderId)
        return std::nullopt;
    const auto csat = nullable<int>(field(u"csat"_s),
                                    [error](const JsonField &f) { return f.integer(error, 1, 5); });
    if (!csat)
        return std::nullopt;
    const auto nps = nullable<int>(field(u"nps"_s),
                                   [error](const JsonField &f) { return f.integer(error, 0, 10); });
    if (!nps)
        return std::nullopt;
    const auto comment = nullable<QString>(field(u"comment"_s), [error](const JsonField &f) {
        std::optional<QString> text = f.string(error, true);
        if (text && text->size() > MaxCommentLength) {
            *error = u"%1: must be at most %2 characters, got %3"_s.arg(f.path()).arg(MaxCommentLength).arg(text->size());
            return std::optional<QString>();
        }
        return text;
    });
    if (!comment)
        return std::nullopt;
    const auto language = field(u"language"_s).string(error);
    if (!language)
        return std::nullopt;
    const auto createdAt = field(u"created_at"_s).utcTimestamp(error);
    if (!createdAt)
        return std::nullopt;
    if (!*csat && !*nps && !*comment) {
        *error = u"csat, nps, comment: at least one must be given"_s;
        return std::nullopt;
    }
    return FeedbackRequest{*id, *orderId, *csat, *nps, *comment, *language, *createdAt};
}

} // namespace kiosk
