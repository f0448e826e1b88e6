#include "ui/menuschedule.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcMenuSchedule, "kiosk.menu")

namespace kiosk {

namespace {

// What a customer can tell apart: the categories, items (with their sold-out flag) and combos
// shown, with each combo's choices.
QStringList shownIn(const Menu &menu)
{
    QStringList shown;
    for (const Category &category : menu.categories())
        shown.append(QStringLiteral("category ") + category.id);
    for (const MenuItem &item : menu.items())
        shown.append(QStringLiteral("item ") + item.id + (item.available ? QString() : QStringLiteral(" sold out")));
    for (const Combo &combo : menu.combos()) {
        QString line = QStringLiteral("combo ") + combo.id;
        for (const ComboStep &step : combo.steps) {
            line += QLatin1Char(' ') + step.id + QLatin1Char(':');
            for (const ComboChoice &choice : step.choices)
                line += choice.itemId + QLatin1Char(',');
        }
        shown.append(line);
    }
    return shown;
}

} // namespace

MenuSchedule::MenuSchedule(Clock clock, QObject *parent) : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % late: a minute at a 15-minute wait. The boundary is the point.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MenuSchedule::refresh);
}

void MenuSchedule::setMenu(const Menu &fullMenu, const QTimeZone &zone)
{
    m_fullMenu = fullMenu;
    m_zone = zone;
    evaluate();
}

void MenuSchedule::setPausedUntil(const PausedUntil &pausedUntil)
{
    m_pausedUntil = pausedUntil;
    if (evaluate())
        emit changed();
}

void MenuSchedule::refresh()
{
    if (evaluate()) {
        qCInfo(lcMenuSchedule) << "the menu in force changed at" << now();
        emit changed();
    }
}

QDateTime MenuSchedule::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool MenuSchedule::evaluate()
{
    const QDateTime at = now();
    m_inForce = menuAt(m_fullMenu, at, m_zone, m_pausedUntil);
    m_nextChange = nextMenuChangeAfter(m_fullMenu, at, m_zone, m_pausedUntil);
    std::chrono::milliseconds wait = MaxWait;
    if (m_nextChange)
        wait = std::clamp(std::chrono::milliseconds(at.msecsTo(*m_nextChange)), std::chrono::milliseconds(0), wait);
    m_timer.start(wait);
    QStringList shown = shownIn(m_inForce);
    if (shown == m_shown)
        return false;
    m_shown = std::move(shown);
    return true;
}

} // namespace kiosk
