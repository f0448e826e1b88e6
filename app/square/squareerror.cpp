#include "square/squareerror.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Square's details are its own words, but a long one would swamp a staff screen.
constexpr qsizetype MaxDetailLength = 300;

} // namespace

QList<SquareError> squareErrors(const QJsonObject &body)
{
    QList<SquareError> errors;
    const QJsonArray array = body.value(u"errors"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        SquareError error{o.value(u"category"_s).toString(), o.value(u"code"_s).toString(),
                          o.value(u"detail"_s).toString().left(MaxDetailLength), o.value(u"field"_s).toString()};
        if (!error.category.isEmpty() || !error.code.isEmpty())
            errors.append(error);
    }
    return errors;
}

QString squareErrorWords(const QList<SquareError> &errors)
{
    QStringList parts;
    for (const SquareError &e : errors) {
        QString part = u"%1 %2"_s.arg(e.category, e.code).trimmed();
        if (!e.field.isEmpty())
            part += u" at "_s + e.field;
        if (!e.detail.isEmpty())
            part += u": "_s + e.detail;
        parts.append(part);
    }
    return parts.join(u"; "_s);
}

bool hasSquareErrorCode(const QList<SquareError> &errors, const QString &code)
{
    return std::any_of(errors.begin(), errors.end(), [&](const SquareError &e) { return e.code == code; });
}

} // namespace kiosk
