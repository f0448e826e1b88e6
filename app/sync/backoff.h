#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace kiosk {

// How long to wait before the next attempt: capped exponential backoff with full jitter,
// delay = random(0, min(cap, base * 2^attempt)), so many kiosks coming back at once spread out.
class Backoff
{
public:
    using Millis = std::chrono::milliseconds;
    // Uniform in [0, 1). Tests pass a fixed one.
    using RandomSource = std::function<double()>;

    // A server's Retry-After is honoured up to this long, whatever it asks for.
    static constexpr Millis MaxRetryAfter = std::chrono::minutes(10);

    explicit Backoff(Millis base = std::chrono::seconds(1), Millis cap = std::chrono::seconds(60),
                     RandomSource random = {});

    Millis base() const { return m_base; }
    Millis cap() const { return m_cap; }

    // The upper bound of the jitter after `attempt` failed attempts (0 for the first retry).
    Millis ceiling(int attempt) const;
    // A random delay in [0, ceiling(attempt)].
    Millis delay(int attempt) const;
    // The delay after a 429 or 503: the later of the server's Retry-After and our own backoff.
    // Retry-After may exceed our cap (the server knows its load better than our guess) but
    // never MaxRetryAfter, so a broken header cannot park the queue for hours.
    Millis delay(int attempt, std::optional<Millis> retryAfter) const;

    // Parses a Retry-After value: delta-seconds ("120") or an HTTP-date (IMF-fixdate, RFC 850
    // or asctime). A date in the past means 0. nullopt when the value is neither.
    static std::optional<Millis> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    Millis m_base;
    Millis m_cap;
    RandomSource m_random;
};

} // namespace kiosk
