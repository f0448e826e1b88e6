// RowListModel's bookkeeping, on the smallest model there is: which signals a new list of
// rows sends, depending on how its ids compare with those shown.
#include "modelspies.h"
#include "ui/rowlist.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kiosk::test::ModelSpies;

namespace {

struct Row
{
    QString id;
    QString text;
};

class TextModel : public kiosk::RowListModel
{
public:
    enum { TextRole = Qt::UserRole + 1 };

    TextModel() : RowListModel(nullptr) {}
    void setRows(const QList<Row> &rows) { m_rows.replace(rows); }
    void refresh() { refreshRows({TextRole}); }
    QStringList texts() const
    {
        QStringList texts;
        for (int row = 0; row < rowCount(); ++row)
            texts.append(data(index(row), TextRole).toString());
        return texts;
    }

private:
    kiosk::RowList<Row> m_rows{this, &Row::id, {{TextRole, "text", &Row::text}}, TextRole};
};

// "a b c" -> rows a, b, c whose text is their id in capitals.
QList<Row> rows(const QString &ids)
{
    QList<Row> result;
    for (const QString &id : ids.split(u' ', Qt::SkipEmptyParts))
        result.append({id, id.toUpper()});
    return result;
}

} // namespace

class TestRowListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<TextModel>();
        m_spies = std::make_unique<ModelSpies>(m_model.get());
    }
    void cleanup()
    {
        m_spies.reset();
        m_model.reset();
    }

    void roleTable()
    {
        QCOMPARE(m_model->roleNames(), (QHash<int, QByteArray>{{TextModel::TextRole, "text"}}));
        QCOMPARE(kiosk::test::qmlCount(m_model.get()), 0);
    }

    void firstRowsAreInserted()
    {
        m_model->setRows(rows(u"a b c"_s));
        QCOMPARE(ModelSpies::ranges(m_spies->inserted), (QList<QList<int>>{{0, 2}}));
        QVERIFY(m_spies->reset.isEmpty());
        QCOMPARE(m_spies->count.size(), 1);
        QCOMPARE(kiosk::test::qmlCount(m_model.get()), 3);
        QCOMPARE(m_model->texts(), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    }

    void sameRowsSendNothing()
    {
        update(u"a b c"_s, rows(u"a b c"_s));
        QVERIFY(m_spies->silent());
    }

    void emptyToEmptySendsNothing()
    {
        m_model->setRows({});
        QVERIFY(m_spies->silent());
    }

    void sameIdsUpdateOnlyChangedRows()
    {
        QList<Row> next = rows(u"a b c d"_s);
        next[1].text = u"bee"_s;
        next[3].text = u"dee"_s;
        update(u"a b c d"_s, next);
        QVERIFY(m_spies->inPlace());
        QVERIFY(m_spies->count.isEmpty());
        QCOMPARE(m_spies->changedRows(), (QList<int>{1, 3}));
        QCOMPARE(m_spies->changedRoles(0), (QList<int>{Qt::DisplayRole, TextModel::TextRole}));
        QCOMPARE(m_model->texts(), (QStringList{u"A"_s, u"bee"_s, u"C"_s, u"dee"_s}));
    }

    void newIdsAreInsertedWhereTheyStand()
    {
        update(u"a c e"_s, rows(u"a b c e f g"_s));
        QCOMPARE(ModelSpies::ranges(m_spies->inserted), (QList<QList<int>>{{1, 1}, {4, 5}}));
        QVERIFY(m_spies->removed.isEmpty());
        QVERIFY(m_spies->reset.isEmpty());
        QVERIFY(m_spies->changed.isEmpty());
        QCOMPARE(m_spies->count.size(), 1);
        QCOMPARE(m_model->texts(), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"E"_s, u"F"_s, u"G"_s}));
    }

    void goneIdsAreRemoved()
    {
        update(u"a b c d e"_s, rows(u"a d"_s));
        // From the end, so each range is right when it is sent.
        QCOMPARE(ModelSpies::ranges(m_spies->removed), (QList<QList<int>>{{4, 4}, {1, 2}}));
        QVERIFY(m_spies->inserted.isEmpty());
        QVERIFY(m_spies->reset.isEmpty());
        QCOMPARE(m_spies->count.size(), 1);
        QCOMPARE(m_model->texts(), (QStringList{u"A"_s, u"D"_s}));
    }

    void removedInsertedAndChangedAtOnce()
    {
        QList<Row> next = rows(u"x a c y"_s);
        next[2].text = u"sea"_s;
        update(u"a b c"_s, next);
        QCOMPARE(ModelSpies::ranges(m_spies->removed), (QList<QList<int>>{{1, 1}}));
        QCOMPARE(ModelSpies::ranges(m_spies->inserted), (QList<QList<int>>{{0, 0}, {3, 3}}));
        QCOMPARE(m_spies->changedRows(), (QList<int>{2}));
        QVERIFY(m_spies->reset.isEmpty());
        QCOMPARE(m_spies->count.size(), 1);
        QCOMPARE(m_model->texts(), (QStringList{u"X"_s, u"A"_s, u"sea"_s, u"Y"_s}));
    }

    void sameCountKeepsCountChangedQuiet()
    {
        update(u"a b"_s, rows(u"a c"_s));
        QCOMPARE(m_spies->removed.size(), 1);
        QCOMPARE(m_spies->inserted.size(), 1);
        QVERIFY(m_spies->count.isEmpty());
    }

    void clearingRemovesEveryRow()
    {
        update(u"a b"_s, {});
        QCOMPARE(ModelSpies::ranges(m_spies->removed), (QList<QList<int>>{{0, 1}}));
        QVERIFY(m_spies->reset.isEmpty());
        QCOMPARE(m_spies->count.size(), 1);
        QCOMPARE(kiosk::test::qmlCount(m_model.get()), 0);
    }

    void resetsWhenRowsCannotBeFollowed_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("countChanges");
        QTest::newRow("moved") << u"a b c"_s << u"c a b"_s << false;
        QTest::newRow("nothing in common") << u"a b"_s << u"x y z"_s << true;
        QTest::newRow("ids repeat") << u"a b"_s << u"a b b"_s << true;
        QTest::newRow("ids repeated before") << u"a a"_s << u"a"_s << true;
    }
    void resetsWhenRowsCannotBeFollowed()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, countChanges);
        update(before, rows(after));
        QCOMPARE(m_spies->reset.size(), 1);
        QVERIFY(m_spies->inserted.isEmpty());
        QVERIFY(m_spies->removed.isEmpty());
        QVERIFY(m_spies->changed.isEmpty());
        QCOMPARE(m_spies->count.size(), countChanges ? 1 : 0);
        QCOMPARE(m_model->rowCount(), after.split(u' ').size());
    }

    void refreshRowsTellsAboutEveryRow()
    {
        m_model->refresh();
        QVERIFY(m_spies->silent());
        m_model->setRows(rows(u"a b c"_s));
        m_spies->clear();
        m_model->refresh();
        QCOMPARE(m_spies->changed.size(), 1);
        QCOMPARE(m_spies->changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(m_spies->changed.at(0).at(1).toModelIndex().row(), 2);
        QVERIFY(m_spies->inPlace());
    }

    void displayRoleAnswersForTheNamedRole()
    {
        m_model->setRows(rows(u"a"_s));
        QCOMPARE(m_model->data(m_model->index(0), Qt::DisplayRole).toString(), u"A"_s);
        QVERIFY(!m_model->data(m_model->index(0), Qt::ToolTipRole).isValid());
    }

private:
    // Shows `before`, forgets the signals that sent, then shows `after`.
    void update(const QString &before, const QList<Row> &after)
    {
        m_model->setRows(rows(before));
        m_spies->clear();
        m_model->setRows(after);
    }

    std::unique_ptr<TextModel> m_model;
    std::unique_ptr<ModelSpies> m_spies;
};

QTEST_GUILESS_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
