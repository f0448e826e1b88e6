#pragma once

#include "ui/rowlist.h"

namespace kiosk {

// The members a lookup matched when it matched several: masked names ("Maria G.") to choose
// from, nothing more. Emptied once one is chosen and at sign-out.
class LoyaltyCandidateListModel : public kiosk::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LoyaltyController")

public:
    enum Roles { MaskedNameRole = Qt::UserRole + 1, TierRole };
    Q_ENUM(Roles)

    struct Row
    {
        QString maskedName;
        QString tier;
    };

    explicit LoyaltyCandidateListModel(QObject *parent = nullptr);

    // Two members may share a masked name: the list is then simply reset.
    void setRows(const QList<Row> &rows) { m_rows.replace(rows); }

private:
    RowList<Row> m_rows;
};

} // namespace kiosk
