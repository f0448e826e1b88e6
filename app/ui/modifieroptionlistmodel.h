#pragma once

#include "domain/itemselection.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// Every option of the item being customised, flat, one row an option; views group the rows
// into sections by `groupId`. Rule text is left to QML (translations live there).
class ModifierOptionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ItemEditor")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    // Rebuilds the rows when the item changes; refreshes selection state otherwise.
    void setSelection(const ItemSelection *selection, const QString &language,
                      const QString &currency);
    void refreshSelection();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        const ModifierGroup *group;
        const ModifierOption *option;
    };
    const ItemSelection *m_selection = nullptr;
    QList<Row> m_rows;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
