#pragma once

// What the dayparts tests build their menus from: every day of the week, and a plain item.
#include "domain/menu.h"

namespace kiosk::test {

inline const QList<Qt::DayOfWeek> EveryDay = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                              Qt::Friday, Qt::Saturday, Qt::Sunday};

// `id` in `categoryId` at $5.00, named as its id, no modifiers, always on sale.
inline MenuItem itemIn(const char *id, const char *categoryId)
{
    MenuItem item;
    item.id = QString::fromLatin1(id);
    item.categoryId = QString::fromLatin1(categoryId);
    item.name = LocalizedText{{{QStringLiteral("en"), item.id}}};
    item.priceCents = 500;
    return item;
}

} // namespace kiosk::test
