#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// The members a lookup matched when it matched several: masked names ("Maria G.") to choose
// from, nothing more. Emptied once one is chosen and at sign-out.
class LoyaltyCandidateListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LoyaltyController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles { MaskedNameRole = Qt::UserRole + 1, TierRole };
    Q_ENUM(Roles)

    struct Row
    {
        QString maskedName;
        QString tier;
    };

    explicit LoyaltyCandidateListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace kiosk
