#pragma once

#include "domain/itemselection.h"
#include "ui/rowlist.h"

namespace kiosk {

// Every option of the item being customised, flat, one row an option; views group the rows
// into sections by `groupId`. Rule text is left to QML (translations live there).
class ModifierOptionListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ItemEditor")

public:
    enum Roles {
        GroupIdRole = Qt::UserRole + 1,
        GroupNameRole,
        GroupMinRole,
        GroupMaxRole,
        GroupSatisfiedRole, // the group's minimum is met
        OptionIdRole,
        NameRole,
        PriceDeltaCentsRole,
        PriceDeltaTextRole, // "+$1.50", empty when free
        SelectedRole,
    };
    Q_ENUM(Roles)

    explicit ModifierOptionListModel(QObject *parent = nullptr);

    // Another item resets the rows; the same item (another language) updates them in place.
    void setSelection(const ItemSelection *selection, const QString &language,
                      const QString &currency);
    // After a toggle: only the options and groups whose state changed get dataChanged.
    void refreshSelection();

private:
    // What a row shows, copied out of the selection so that the rows views saw can be
    // compared with the new ones.
    struct Row
    {
        QString id; // item, group and option
        QString groupId;
        QString groupName;
        int groupMin = 0;
        int groupMax = 1;
        bool groupSatisfied = false;
        QString optionId;
        QString name;
        Cents priceDeltaCents = 0;
        QString priceDeltaText;
        bool selected = false;
    };

    const ItemSelection *m_selection = nullptr;
    RowList<Row> m_rows;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
