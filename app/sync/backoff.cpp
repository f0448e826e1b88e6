#include "sync/backoff.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace kiosk {

Backoff::Backoff(Millis base, Millis cap, RandomSource random)
    : m_base(std::max(base, Millis(1))), m_cap(std::max(cap, m_base)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

Backoff::Millis Backoff::ceiling(int attempt) const
{
    // base * 2^attempt, without overflowing: past 2^40 any sane cap has been reached.
    const int exponent = std::clamp(attempt, 0, 40);
    const double uncapped = double(m_base.count()) * std::ldexp(1.0, exponent);
    return uncapped >= double(m_cap.count()) ? m_cap : Millis(qint64(uncapped));
}

Backoff::Millis Backoff::delay(int attempt) const
{
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const qint64 top = ceiling(attempt).count();
    return Millis(std::clamp(qint64(std::floor(r * double(top + 1))), qint64(0), top));
}

Backoff::Millis Backoff::delay(int attempt, std::optional<Millis> retryAfter) const
{
    const Millis own = delay(attempt);
    if (!retryAfter)
        return own;
    return std::max(own, std::min(*retryAfter, MaxRetryAfter));
}

std::optional<Backoff::Millis> Backoff::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.size() > 12 ? -1 : trimmed.toLongLong(&ok);
        // An absurdly long delay is still a delay: it gets clamped by the caller.
        return Millis(ok ? seconds * 1000 : std::chrono::duration_cast<Millis>(MaxRetryAfter).count());
    }
    // RFC 9110 section 5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms. The
    // day name is dropped first: it adds nothing, and a two-digit year would make it disagree.
    QString text = QString::fromLatin1(trimmed).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // Sun, 06 Nov 1994 08:49:37 GMT
        "dd-MMM-yy HH:mm:ss 'GMT'",   // Sunday, 06-Nov-94 08:49:37 GMT
        "MMM d HH:mm:ss yyyy",        // Sun Nov  6 08:49:37 1994
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime at = c.toDateTime(text, QString::fromLatin1(format));
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        if (at.date().year() < 1970) // a two-digit year of this century
            at = at.addYears(100);
        return Millis(std::max<qint64>(0, now.msecsTo(at)));
    }
    return std::nullopt;
}

} // namespace kiosk
