#pragma once

#include "ui/rowlist.h"

#include <QDateTime>

namespace kiosk {

// One item on the diagnostics Menu page, as staff see it: on sale, or paused until a time on
// the store's clock. The words ("Paused until tomorrow 04:00") are the page's, translated.
struct PausableItem
{
    QString itemId;
    QString categoryId;
    QString name;
    QDateTime until;   // UTC; invalid: on sale
    QString untilTime; // "HH:mm" on the store's clock; "" when on sale
    int untilDay = 0;  // 0 today, 1 tomorrow, 2 later (store's clock)
    QString untilDate; // "yyyy-MM-dd" on the store's clock, for a later day
    // Not paused here but unavailable in the menu: sold out at the backend, or paused by
    // another kiosk (Resume ends that pause at the backend too).
    bool soldOut = false;
};

// The items of the full menu (MenuDiagnostics), one category at a time.
class PausableItemListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MenuDiagnostics")

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        CategoryIdRole,
        NameRole,
        PausedRole,
        UntilTimeRole,
        UntilDayRole,
        UntilDateRole,
        SoldOutRole,
    };
    Q_ENUM(Role)

    explicit PausableItemListModel(QObject *parent = nullptr);

    void setItems(const QList<PausableItem> &items) { m_rows.replace(items); }
    const QList<PausableItem> &items() const { return m_rows.rows(); }

private:
    RowList<PausableItem> m_rows;
};

} // namespace kiosk
