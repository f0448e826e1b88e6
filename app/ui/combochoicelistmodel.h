#pragma once

#include "ui/rowlist.h"

#include <QUrl>

namespace kiosk {

// The choices of the combo step on screen, as ComboEditor lays them out (already in the
// current language).
class ComboChoiceListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ComboEditor")

public:
    enum Roles {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        ImageUrlRole,
        PriceDeltaTextRole, // "+$1.50"; "" when the choice costs nothing more
        AvailableRole,
        PickedRole,         // how many of the step's picks it fills
        HasModifiersRole,   // a tap opens its options before it is picked
    };
    Q_ENUM(Roles)

    struct Row
    {
        QString itemId;
        QString name;
        QUrl imageUrl;
        QString priceDeltaText;
        bool available = true;
        int picked = 0;
        bool hasModifiers = false;
    };

    explicit ComboChoiceListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows) { m_rows.replace(rows); }
    const QList<Row> &rows() const { return m_rows.rows(); }

private:
    RowList<Row> m_rows;
};

} // namespace kiosk
