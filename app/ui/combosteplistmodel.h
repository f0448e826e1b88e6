#pragma once

#include "ui/rowlist.h"

namespace kiosk {

// A combo's steps for the stepper's indicator and its summary: which is on screen, which are
// done, and what was picked in each (already in the current language).
class ComboStepListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ComboEditor")

public:
    enum Roles {
        StepIdRole = Qt::UserRole + 1,
        NameRole,
        DoneRole,     // every pick of the step is made
        CurrentRole,  // the step on screen
        PicksTextRole, // "Classic Burger (No onions)"; "" before a pick
    };
    Q_ENUM(Roles)

    struct Row
    {
        QString stepId;
        QString name;
        bool done = false;
        bool current = false;
        QString picksText;
    };

    explicit ComboStepListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows) { m_rows.replace(rows); }

private:
    RowList<Row> m_rows;
};

} // namespace kiosk
