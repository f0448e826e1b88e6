#include "contract/promotionjson.h"

#include "contract/jsonfield.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Collects every problem of one promotion, where the contract's other readers stop at the first:
// a manager fixing promotions.json sees them all at once.
class PromotionReader
{
public:
    PromotionReader(const QJsonObject &json, const QString &path, QStringList *errors)
        : m_json(json), m_path(path), m_errors(errors)
    {
    }

    bool failed() const { return m_failed; }

    void add(const QString &key, const QString &reason)
    {
        m_errors->append(u"%1: %2"_s.arg(JsonField::join(m_path, key), reason));
        m_failed = true;
    }

    JsonField field(const QString &key) const { return JsonField(m_json, m_path, key); }
    bool has(const QString &key) const { return m_json.contains(key); }

    // Keeps a JsonField's "<path>: <reason>" message.
    template<typename T>
    std::optional<T> check(std::optional<T> value, const QString &error)
    {
        if (!value) {
            m_errors->append(error);
            m_failed = true;
        }
        return value;
    }

    std::optional<QString> string(const QString &key)
    {
        QString error;
        return check(field(key).string(&error), error);
    }

    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max)
    {
        QString error;
        return check(field(key).integer(&error, min, max), error);
    }

    // {"en": ..., "es": ...}: English required, every text a non-empty string.
    LocalizedText text(const QString &key)
    {
        QString error;
        const auto object = check(field(key).object(&error), error);
        LocalizedText text;
        if (!object)
            return text;
        if (!object->contains(u"en"_s))
            add(key, u"needs an \"en\" text"_s);
        for (auto it = object->begin(); it != object->end(); ++it) {
            const auto value = check(JsonField(it.value(), JsonField::join(field(key).path(), it.key())).string(&error), error);
            if (value)
                text.byLanguage.insert(it.key(), *value);
        }
        return text;
    }

    // RFC 3339 with any offset, kept as UTC; null or absent: open.
    QDateTime time(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            add(key, u"expected an RFC 3339 timestamp or null, got %1"_s.arg(JsonField::describe(value)));
            return {};
        }
        const QString text = value.toString();
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        // An offset is required: a time without one would be read in the machine's zone.
        static const QRegularExpression offset(u"T.*(Z|[+-]\\d\\d:\\d\\d)\\z"_s);
        if (!time.isValid() || !offset.match(text).hasMatch()) {
            add(key, u"expected an RFC 3339 timestamp such as 2026-12-01T08:00:00Z, got \"%1\""_s.arg(text));
            return {};
        }
        return time.toUTC();
    }

private:
    const QJsonObject &m_json;
    QString m_path;
    QStringList *m_errors;
    bool m_failed = false;
};

std::optional<Promotion::Kind> kindFromCode(const QString &code)
{
    for (Promotion::Kind kind : {Promotion::Kind::PercentOff, Promotion::Kind::AmountOff, Promotion::Kind::FreeItem}) {
        if (promotionKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

bool readPromotion(const QJsonValue &value, const QString &path, Promotion *out, QStringList *errors)
{
    if (!value.isObject()) {
        errors->append(u"%1: expected an object, got %2"_s.arg(path.isEmpty() ? u"body"_s : path, JsonField::describe(value)));
        return false;
    }
    const QJsonObject json = value.toObject();
    PromotionReader r(json, path, errors);
    Promotion p;

    if (const auto code = r.string(u"code"_s)) {
        p.code = normalizedPromoCode(*code);
        if (!isWellFormedPromoCode(p.code))
            r.add(u"code"_s, u"must be 1 to 32 of A-Z, 0-9, - and _, got \"%1\""_s.arg(*code));
    }
    p.name = r.text(u"name"_s);

    const auto kindCode = r.string(u"kind"_s);
    const auto kind = kindCode ? kindFromCode(*kindCode) : std::nullopt;
    if (kindCode && !kind)
        r.add(u"kind"_s, u"must be \"percent_off\", \"amount_off\" or \"free_item\", got \"%1\""_s.arg(*kindCode));
    if (kind) {
        p.kind = *kind;
        switch (p.kind) {
        case Promotion::Kind::PercentOff:
            if (const auto percent = r.integer(u"percent"_s, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())) {
                p.percent = int(*percent);
                if (p.percent < 1 || p.percent > 100)
                    r.add(u"percent"_s, u"must be 1 to 100, got %1"_s.arg(p.percent));
            }
            break;
        case Promotion::Kind::AmountOff:
            p.amountCents = r.integer(u"amount_cents"_s, 1, 100'000'000).value_or(0);
            break;
        case Promotion::Kind::FreeItem:
            p.itemId = r.string(u"item_id"_s).value_or(QString());
            break;
        }
    }

    if (r.has(u"min_subtotal_cents"_s))
        p.minSubtotalCents = r.integer(u"min_subtotal_cents"_s, 0, 100'000'000).value_or(0);
    p.validFrom = r.time(u"valid_from"_s);
    p.validUntil = r.time(u"valid_until"_s);
    if (p.validFrom.isValid() && p.validUntil.isValid() && p.validUntil <= p.validFrom)
        r.add(u"valid_until"_s, u"must be after valid_from"_s);
    if (r.has(u"combines_with_rewards"_s)) {
        QString error;
        p.combinesWithRewards = r.check(r.field(u"combines_with_rewards"_s).boolean(&error), error).value_or(false);
    }

    if (r.failed())
        return false;
    *out = p;
    return true;
}

QJsonObject promotionJson(const Promotion &promotion)
{
    QJsonObject name;
    for (auto it = promotion.name.byLanguage.cbegin(); it != promotion.name.byLanguage.cend(); ++it)
        name.insert(it.key(), it.value());
    QJsonObject json{
        {u"code"_s, promotion.code},
        {u"name"_s, name},
        {u"kind"_s, promotionKindCode(promotion.kind)},
        {u"min_subtotal_cents"_s, promotion.minSubtotalCents},
        {u"valid_from"_s, timeJson(promotion.validFrom)},
        {u"valid_until"_s, timeJson(promotion.validUntil)},
        {u"combines_with_rewards"_s, promotion.combinesWithRewards},
    };
    switch (promotion.kind) {
    case Promotion::Kind::PercentOff:
        json.insert(u"percent"_s, promotion.percent);
        break;
    case Promotion::Kind::AmountOff:
        json.insert(u"amount_cents"_s, promotion.amountCents);
        break;
    case Promotion::Kind::FreeItem:
        json.insert(u"item_id"_s, promotion.itemId);
        break;
    }
    return json;
}

std::optional<Promotion> parsePromotionResponse(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> json = parseJsonBody(body, error);
    if (!json)
        return std::nullopt;
    Promotion promotion;
    QStringList errors;
    if (!readPromotion(*json, QString(), &promotion, &errors)) {
        *error = errors.constFirst();
        return std::nullopt;
    }
    return promotion;
}

std::optional<QList<Promotion>> readPromotionList(const QJsonObject &root, QStringList *errors)
{
    QString error;
    const std::optional<QJsonArray> entries = JsonField(root, QString(), u"promotions"_s).array(&error);
    if (!entries) {
        errors->append(error);
        return std::nullopt;
    }
    QList<Promotion> promotions;
    QSet<QString> codes;
    bool ok = true;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString path = JsonField::index(u"promotions"_s, i);
        Promotion promotion;
        if (readPromotion(entries->at(i), path, &promotion, errors))
            promotions.append(promotion);
        else
            ok = false;
        // Told even when the entry has other problems: both will need fixing.
        const QString code = normalizedPromoCode(entries->at(i).toObject().value(u"code"_s).toString());
        if (!isWellFormedPromoCode(code))
            continue;
        if (codes.contains(code)) {
            errors->append(u"%1.code: \"%2\" is listed twice"_s.arg(path, code));
            ok = false;
        }
        codes.insert(code);
    }
    if (!ok)
        return std::nullopt;
    return promotions;
}

} // namespace kiosk
