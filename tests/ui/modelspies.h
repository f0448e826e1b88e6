#pragma once

// A row model under QAbstractItemModelTester, with a spy on every signal that tells views
// what changed, so a test can say "updated in place" or "two rows inserted at 3".
#include "ui/rowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace kiosk::test {

struct ModelSpies
{
    explicit ModelSpies(RowListModel *model)
        : tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          reset(model, &QAbstractItemModel::modelReset),
          changed(model, &QAbstractItemModel::dataChanged),
          count(model, &RowListModel::countChanged)
    {
    }

    void clear()
    {
        inserted.clear();
        removed.clear();
        reset.clear();
        changed.clear();
        count.clear();
    }
    // No row came or went: at most dataChanged.
    bool inPlace() const { return inserted.isEmpty() && removed.isEmpty() && reset.isEmpty(); }
    bool silent() const { return inPlace() && changed.isEmpty() && count.isEmpty(); }
    // The rows each dataChanged named, in order (each one names a single row).
    QList<int> changedRows() const
    {
        QList<int> rows;
        for (const QList<QVariant> &args : changed) {
            const int first = args.at(0).toModelIndex().row();
            if (first == args.at(1).toModelIndex().row())
                rows.append(first);
        }
        return rows;
    }
    QList<int> changedRoles(qsizetype signal) const { return changed.at(signal).at(2).value<QList<int>>(); }
    // first,last of each rowsInserted / rowsRemoved: {{3, 4}}
    static QList<QList<int>> ranges(const QSignalSpy &spy)
    {
        QList<QList<int>> result;
        for (const QList<QVariant> &args : spy)
            result.append({args.at(1).toInt(), args.at(2).toInt()});
        return result;
    }

    QAbstractItemModelTester tester;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy changed;
    QSignalSpy count;
};

// What QML reads: the `count` property, through the meta-object.
inline int qmlCount(const QObject *model)
{
    return model->property("count").toInt();
}

} // namespace kiosk::test
