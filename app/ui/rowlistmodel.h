#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace kiosk {

// The base of the module's row models: a flat list of rows and a `count` for QML. The rows
// and the role table live in a RowList (rowlist.h) that the subclass holds; this class answers
// views from it and turns each new list of rows into the signals views need.
//
// Not a template: moc and qmltyperegistrar need a plain QObject base for qmllint to see
// `count` on every model. Subclasses name it `kiosk::RowListModel`: Qt 6.4's qmltyperegistrar
// matches base classes by the name as written, and misses an unqualified one.
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role) const final;
    QHash<int, QByteArray> roleNames() const final { return m_roleNames; }

signals:
    void countChanged();

protected:
    explicit RowListModel(QObject *parent) : QAbstractListModel(parent) {}

    // Every row's `roles` changed at once (another language, say), the rows staying the same.
    void refreshRows(const QList<int> &roles);

private:
    template <typename Row, typename Id>
    friend class RowList;

    // What a RowList answers for its model.
    class Rows
    {
    public:
        virtual int size() const = 0;
        virtual QVariant value(int row, int role) const = 0;

    protected:
        ~Rows() = default;
    };
    // What RowList::replace does to its typed list, step by step, so that views asking for
    // data between the signals get rows that match the indexes they were told about.
    struct RowEdits
    {
        std::function<void(int first, int count)> remove;
        std::function<void(int first, int count)> insertFromNext;
        std::function<void()> assignNext;
    };

    void attach(const Rows *rows, const QHash<int, QByteArray> &roleNames, const QList<int> &roles);
    void detach() { m_rows = nullptr; }
    // oldRowOfNew[i]: where the next list's row i stood before, -1 when it is new; `matched`
    // is false when ids repeat, so rows cannot be told apart.
    void applyRows(const QList<int> &oldRowOfNew, bool matched, const RowEdits &edits);
    QVariantList rowValues(int row) const; // the row's value for each of m_roles

    const Rows *m_rows = nullptr;
    QHash<int, QByteArray> m_roleNames;
    QList<int> m_roles; // every role a row answers, in order
};

} // namespace kiosk
