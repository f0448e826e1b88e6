#include "square/squareids.h"

#include <QRegularExpression>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr std::array<std::pair<SquareIdKind, QLatin1StringView>, 7> Prefixes = {{
    {SquareIdKind::Category, "c_"_L1},
    {SquareIdKind::ModifierList, "l_"_L1},
    {SquareIdKind::Modifier, "m_"_L1},
    {SquareIdKind::Variation, "v_"_L1},
    {SquareIdKind::Item, "i_"_L1},
    {SquareIdKind::SizeGroup, "s_"_L1},
    {SquareIdKind::Tax, "t_"_L1},
}};

// Square documents ids as opaque strings of at most 255 characters; the permanent ones it
// issues are 24 upper-case letters and digits. 64 leaves room without letting an id become a
// long kiosk id in every order line.
bool isMappableSquareId(const QString &id)
{
    static const QRegularExpression Pattern(u"^[A-Z0-9]{1,64}$"_s);
    return Pattern.match(id).hasMatch();
}

} // namespace

QString squareObjectType(SquareIdKind kind)
{
    switch (kind) {
    case SquareIdKind::Category:
        return u"CATEGORY"_s;
    case SquareIdKind::ModifierList:
        return u"MODIFIER_LIST"_s;
    case SquareIdKind::Modifier:
        return u"MODIFIER"_s;
    case SquareIdKind::Variation:
        return u"ITEM_VARIATION"_s;
    case SquareIdKind::Item:
    case SquareIdKind::SizeGroup:
        return u"ITEM"_s;
    case SquareIdKind::Tax:
        return u"TAX"_s;
    }
    return {};
}

std::optional<QString> kioskIdFor(SquareIdKind kind, const QString &squareId, int variant)
{
    if (!isMappableSquareId(squareId) || variant < 1)
        return std::nullopt;
    const QString suffix = variant == 1 ? QString() : u"_%1"_s.arg(variant);
    for (const auto &[prefixKind, prefix] : Prefixes) {
        if (prefixKind == kind)
            return prefix + squareId.toLower() + suffix;
    }
    return std::nullopt;
}

std::optional<SquareRef> squareRefFor(const QString &kioskId)
{
    for (const auto &[kind, prefix] : Prefixes) {
        if (!kioskId.startsWith(prefix))
            continue;
        static const QRegularExpression VariantSuffix(u"_[1-9][0-9]{0,5}$"_s);
        QString rest = kioskId.mid(prefix.size());
        if (const auto suffix = VariantSuffix.match(rest); suffix.hasMatch())
            rest.chop(suffix.capturedLength());
        const QString squareId = rest.toUpper();
        if (!isMappableSquareId(squareId))
            return std::nullopt;
        return SquareRef{kind, squareId};
    }
    return std::nullopt;
}

} // namespace kiosk
