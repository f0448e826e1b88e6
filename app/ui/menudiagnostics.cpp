#include "ui/menudiagnostics.h"

#include "domain/pauseduration.h"
#include "storage/itempauses.h"

#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics)

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

PauseChoice pauseChoice(MenuDiagnostics::Choice choice)
{
    switch (choice) {
    case MenuDiagnostics::Choice::OneHour:
        return PauseChoice::OneHour;
    case MenuDiagnostics::Choice::FourHours:
        return PauseChoice::FourHours;
    case MenuDiagnostics::Choice::UntilNextBusinessDay:
        break;
    }
    return PauseChoice::UntilNextBusinessDay;
}

} // namespace

MenuDiagnostics::MenuDiagnostics(QObject *parent)
    : QObject(parent), m_nowUtc(&QDateTime::currentDateTimeUtc)
{
}

void MenuDiagnostics::setMenu(const Menu &menu, const QString &language)
{
    m_menu = menu;
    m_language = language;
    const QList<const Category *> listed = pausableCategories();
    if (std::none_of(listed.cbegin(), listed.cend(), [&](const Category *c) { return c->id == m_category; }))
        m_category = listed.isEmpty() ? QString() : listed.constFirst()->id;
    emit menuChanged();
    emit categoryChanged();
    refresh();
}

void MenuDiagnostics::setStoreTime(const QTimeZone &zone, QTime businessDayStartsAt)
{
    m_zone = zone;
    m_businessDayStartsAt = businessDayStartsAt;
    refresh();
}

void MenuDiagnostics::setClock(std::function<QDateTime()> nowUtc)
{
    m_nowUtc = nowUtc ? std::move(nowUtc) : std::function<QDateTime()>(&QDateTime::currentDateTimeUtc);
    refresh();
}

// The categories with items: one that holds only meals has nothing to pause (a meal is paused
// through its parts), so it gets no tab.
QList<const Category *> MenuDiagnostics::pausableCategories() const
{
    QList<const Category *> listed;
    for (const Category &category : m_menu.categories()) {
        if (!m_menu.itemsInCategory(category.id).isEmpty())
            listed.append(&category);
    }
    return listed;
}

QStringList MenuDiagnostics::categoryIds() const
{
    QStringList ids;
    for (const Category *category : pausableCategories())
        ids.append(category->id);
    return ids;
}

QStringList MenuDiagnostics::categoryNames() const
{
    QStringList names;
    for (const Category *category : pausableCategories())
        names.append(category->name.text(m_language));
    return names;
}

void MenuDiagnostics::setCategory(const QString &categoryId)
{
    if (categoryId == m_category || !categoryIds().contains(categoryId))
        return;
    m_category = categoryId;
    emit categoryChanged();
    refresh();
}

bool MenuDiagnostics::sharedWithBackend() const
{
    return m_pauses && m_pauses->sharing() == ItemPauses::Sharing::WithBackend;
}

PausableItem MenuDiagnostics::row(const MenuItem &item, const QDateTime &until, const QDateTime &now) const
{
    PausableItem row{item.id, item.categoryId, item.name.text(m_language), until, {}, 0, {}, !item.available};
    if (!until.isValid())
        return row;
    row.soldOut = false;
    const QDateTime local = until.toTimeZone(m_zone);
    const qint64 days = now.toTimeZone(m_zone).date().daysTo(local.date());
    row.untilTime = local.toString(u"HH:mm");
    row.untilDay = int(std::clamp<qint64>(days, 0, 2));
    row.untilDate = local.toString(u"yyyy-MM-dd");
    return row;
}

void MenuDiagnostics::refresh()
{
    const QDateTime now = m_nowUtc();
    QHash<QString, QDateTime> paused;
    if (m_pauses) {
        if (const std::optional<QList<ItemPause>> active = m_pauses->active(now)) {
            for (const ItemPause &pause : *active)
                paused.insert(pause.itemId, pause.until);
        } else {
            qCWarning(lcDiagnostics) << "cannot read the paused items";
        }
    }
    QList<PausableItem> rows;
    for (const MenuItem *item : m_menu.itemsInCategory(m_category))
        rows.append(row(*item, paused.value(item->id), now));
    m_items.setItems(rows);
}

bool MenuDiagnostics::mayChange(const QString &itemId)
{
    if (!m_unlocked)
        return done(false, u"diagnostics are locked"_s);
    if (!m_pauses)
        return done(false, u"pausing is not available on this kiosk"_s);
    if (!m_menu.item(itemId))
        return done(false, u"no item \"%1\" on the menu"_s.arg(itemId));
    return true;
}

bool MenuDiagnostics::done(bool ok, const QString &error)
{
    const QString next = ok ? QString() : error;
    if (next != m_lastError) {
        m_lastError = next;
        emit lastErrorChanged();
    }
    if (!ok)
        qCWarning(lcDiagnostics).noquote() << "staff action not done:" << error;
    return ok;
}

bool MenuDiagnostics::pause(const QString &itemId, Choice choice)
{
    if (!mayChange(itemId))
        return false;
    const QDateTime now = m_nowUtc();
    const QDateTime until = pauseUntil(pauseChoice(choice), now, m_zone, m_businessDayStartsAt);
    QString error;
    if (!done(m_pauses->pause(itemId, until, now, &error), error))
        return false;
    qCInfo(lcDiagnostics).noquote() << "staff: item_pause" << itemId << "until" << until.toString(Qt::ISODate);
    refresh();
    emit pausesChanged();
    return true;
}

bool MenuDiagnostics::resume(const QString &itemId)
{
    if (!mayChange(itemId))
        return false;
    QString error;
    if (!done(m_pauses->resume(itemId, m_nowUtc(), &error), error))
        return false;
    qCInfo(lcDiagnostics).noquote() << "staff: item_resume" << itemId;
    refresh();
    emit pausesChanged();
    return true;
}

} // namespace kiosk
