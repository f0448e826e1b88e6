#include "domain/moneyformat.h"

#include <QLocale>

namespace kiosk {

namespace {
QLocale localeFor(const QString &language)
{
    // The store is in the US: Spanish is US Spanish, so amounts read "$8.99" in both.
    if (language == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency + QLatin1Char(' ');
}
} // namespace

QString formatMoney(Cents cents, const QString &language, const QString &currency)
{
    const QLocale locale = localeFor(language);
    const Cents magnitude = cents < 0 ? -cents : cents;
    const QString units = locale.toString(magnitude / 100);
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString amount = currencySymbol(currency) + units + locale.decimalPoint() + fraction;
    return cents < 0 ? QStringLiteral("-") + amount : amount;
}

} // namespace kiosk
