#pragma once

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// "Your usual": the signed-in member's recent items that are on the menu, for one-tap re-adds.
// Emptied at sign-out.
class LoyaltyUsualItemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by LoyaltyController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, NameRole, PriceTextRole, ImageUrlRole, AvailableRole };
    Q_ENUM(Roles)

    struct Row
    {
        QString itemId;
        QString name;
        QString priceText;
        QUrl imageUrl;
        bool available = false;

        bool operator==(const Row &) const = default;
    };

    explicit LoyaltyUsualItemListModel(QObject *parent = nullptr);

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
