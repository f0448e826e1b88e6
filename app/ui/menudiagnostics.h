#pragma once

#include "domain/menu.h"
#include "ui/pausableitemlistmodel.h"

#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace kiosk {

class ItemPauses;

// The diagnostics Menu page's data and actions: every item of the full menu (not only what
// customers see now), one category at a time, each on sale or paused ("86") until a time on
// the store's clock, and staff's Pause (1 hour, 4 hours, until the next business day) and
// Resume. Each action goes through ItemPauses (the row, the backend's copy, the audit row in
// one transaction), only while diagnostics are unlocked, and only for an item of the menu.
// After one, pausesChanged: the composition root applies the pauses to the menu customers see.
// DiagnosticsController owns it; the composition root gives it the menu, the store's clock and
// the ItemPauses.
class MenuDiagnostics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiagnosticsController")
    Q_PROPERTY(kiosk::PausableItemListModel *items READ items CONSTANT)
    // The menu's categories, in menu order: the page's tabs.
    Q_PROPERTY(QStringList categoryIds READ categoryIds NOTIFY menuChanged)
    Q_PROPERTY(QStringList categoryNames READ categoryNames NOTIFY menuChanged)
    // The category listed; the first one by default.
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    // True when a pause reaches the backend (and, through its menu, the other kiosks); false
    // when it stays on this kiosk (a menu.json store, Square).
    Q_PROPERTY(bool sharedWithBackend READ sharedWithBackend NOTIFY menuChanged)
    // Why the last action was not done, in words; "" after one that was.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum class Choice { OneHour, FourHours, UntilNextBusinessDay };
    Q_ENUM(Choice)

    explicit MenuDiagnostics(QObject *parent = nullptr);

    // Where pauses are written (the composition root's; nullptr: every action refused).
    void setPauses(ItemPauses *pauses) { m_pauses = pauses; emit menuChanged(); }
    // The full menu (names in `language`), before dayparts and pauses.
    void setMenu(const Menu &menu, const QString &language);
    // The store's wall clock (KioskConfig::storeTime): the times shown and the business day.
    void setStoreTime(const QTimeZone &zone, QTime businessDayStartsAt);
    // The composition root's clock (UTC); tests pin it.
    void setClock(std::function<QDateTime()> nowUtc);
    // DiagnosticsController: staff's actions are refused while diagnostics are locked.
    void setUnlocked(bool unlocked) { m_unlocked = unlocked; }

    PausableItemListModel *items() { return &m_items; }
    QStringList categoryIds() const;
    QStringList categoryNames() const;
    QString category() const { return m_category; }
    void setCategory(const QString &categoryId);
    bool sharedWithBackend() const;
    QString lastError() const { return m_lastError; }

    // Re-reads the pauses in force (the page opens, a pause may have ended).
    Q_INVOKABLE void refresh();
    // True when done; false with lastError otherwise.
    Q_INVOKABLE bool pause(const QString &itemId, kiosk::MenuDiagnostics::Choice choice);
    Q_INVOKABLE bool resume(const QString &itemId);

signals:
    void menuChanged();
    void categoryChanged();
    void lastErrorChanged();
    // A pause or a resume was written.
    void pausesChanged();

private:
    // Refuses (lastError) what staff may not do now: locked, no storage, an unknown item.
    bool mayChange(const QString &itemId);
    bool done(bool ok, const QString &error);
    PausableItem row(const MenuItem &item, const QDateTime &until, const QDateTime &now) const;
    QList<const Category *> pausableCategories() const;

    ItemPauses *m_pauses = nullptr;
    std::function<QDateTime()> m_nowUtc;
    Menu m_menu;
    QString m_language;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTime m_businessDayStartsAt{4, 0};
    bool m_unlocked = false;
    QString m_category;
    QString m_lastError;
    PausableItemListModel m_items;
};

} // namespace kiosk
