#pragma once

#include "domain/menuinforce.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QTimeZone>
#include <chrono>
#include <functional>

namespace kiosk {

// The menu in force: the full menu (menu.json or the backend's) as customers see it now, by
// its dayparts and the items staff paused (domain/menuinforce.h). It changes on its own at the
// next window boundary or pause end: a single-shot timer aims there, capped at MaxWait so a
// clock that is stepped (or was never synchronised) is caught up with within that time.
class MenuSchedule : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // now, in UTC
    static constexpr std::chrono::minutes MaxWait{15};

    // An empty `clock` is the system's.
    explicit MenuSchedule(Clock clock, QObject *parent = nullptr);

    // A new full menu or store zone: the menu in force is recomputed without changed(), as the
    // caller shows a new menu anyway (its prices may differ where changed() would not look).
    void setMenu(const Menu &fullMenu, const QTimeZone &zone);
    // Pauses in force, by item id (ItemPauses); an item paused shows sold out until its instant.
    void setPausedUntil(const PausedUntil &pausedUntil);
    // Reads the clock again now (a test that moved it, a clock the system stepped).
    void refresh();

    // What customers see; its address stays the same for the schedule's life.
    const Menu &menu() const { return m_inForce; }
    // When the menu in force changes next (nullopt: not in the next 8 days), and the time the
    // timer waits before it looks again (at most MaxWait).
    std::optional<QDateTime> nextChange() const { return m_nextChange; }
    std::chrono::milliseconds timerInterval() const { return m_timer.intervalAsDuration(); }

signals:
    // The menu in force shows other categories, items or combos, or an item's sold-out flag
    // changed: by time, or by a pause set or ended.
    void changed();

private:
    QDateTime now() const;
    // Recomputes the menu in force and re-arms the timer; true when what customers see changed.
    bool evaluate();

    Clock m_clock;
    Menu m_fullMenu;
    QTimeZone m_zone;
    PausedUntil m_pausedUntil;
    Menu m_inForce;
    QStringList m_shown; // what changed() compares: ids shown and sold-out flags
    std::optional<QDateTime> m_nextChange;
    QTimer m_timer;
};

} // namespace kiosk
