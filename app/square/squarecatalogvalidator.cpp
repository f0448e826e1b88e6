#include "square/squarecatalogvalidator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kiosk {

QString SquareCatalogValidator::toString() const
{
    return catalogTime + u' ' + translations;
}

std::optional<SquareCatalogValidator> SquareCatalogValidator::parse(const QString &validator)
{
    const QStringList parts = validator.split(u' ');
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    if (!QDateTime::fromString(parts.at(0), Qt::ISODateWithMs).isValid())
        return std::nullopt;
    return SquareCatalogValidator{parts.at(0), parts.at(1)};
}

QString translationsHash(const std::optional<QByteArray> &file)
{
    if (!file)
        return u"none"_s;
    return QString::fromLatin1(QCryptographicHash::hash(*file, QCryptographicHash::Sha256).toHex().left(16));
}

QString laterTime(const QString &a, const QString &b)
{
    const QDateTime ta = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime tb = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (!tb.isValid())
        return ta.isValid() ? a : QString();
    if (!ta.isValid())
        return b;
    return tb > ta ? b : a;
}

} // namespace kiosk
