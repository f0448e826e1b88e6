// The listener's credential, DATA_DIR/staff.token: made once with 32 random bytes and mode
// 0640, kept across starts, read by kioskctl, refused when short, warned about when others can
// read it, and compared whole.
#include "staff/stafftoken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestStaffToken : public QObject
{
    Q_OBJECT

private slots:
    void madeOnceWithOwnerAndGroupReadOnly()
    {
        QTemporaryDir dir;
        const QString path = StaffToken::path(dir.path());
        QCOMPARE(path, dir.filePath(u"staff.token"_s));
        QString error;
        QString warning;
        const std::optional<StaffToken> made = StaffToken::ensure(dir.path(), &error, &warning);
        QVERIFY2(made, qPrintable(error));
        QVERIFY(warning.isEmpty());
        QCOMPARE(QFile::permissions(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                               | QFile::ReadUser | QFile::WriteUser);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.size(), 65);
        QVERIFY(text.endsWith('\n'));
        QVERIFY(QByteArray::fromHex(text.trimmed()).toHex() == text.trimmed()); // 64 hex digits
        QCOMPARE(made->authorization(), "Bearer " + text.trimmed());

        // The next start, and kioskctl, find the same token.
        const std::optional<StaffToken> again = StaffToken::ensure(dir.path(), &error);
        QVERIFY(again);
        QCOMPARE(again->authorization(), made->authorization());
        const std::optional<StaffToken> read = StaffToken::read(dir.path(), &error);
        QVERIFY(read);
        QCOMPARE(read->authorization(), made->authorization());

        // Another kiosk gets another token.
        QTemporaryDir other;
        QVERIFY(StaffToken::ensure(other.path(), &error)->authorization() != made->authorization());
    }

    void readingNeverCreates()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!StaffToken::read(dir.path(), &error));
        QVERIFY2(error.contains(StaffToken::path(dir.path())), qPrintable(error));
        QVERIFY(!QFile::exists(StaffToken::path(dir.path())));
    }

    void aShortOrBrokenTokenIsRefused()
    {
        QTemporaryDir dir;
        QFile file(StaffToken::path(dir.path()));
        for (const QByteArray &text : {QByteArray(), QByteArray("secret\n"), QByteArray(31, 'a'),
                                       QByteArray(20, 'a') + ' ' + QByteArray(20, 'b')}) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
            file.close();
            QString error;
            QVERIFY2(!StaffToken::ensure(dir.path(), &error), text.constData());
            QVERIFY(!error.isEmpty());
            QVERIFY(!error.contains(QString::fromLatin1(text.trimmed())) || text.trimmed().isEmpty());
        }
    }

    void aTokenOthersCanReadIsWarnedAbout()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(StaffToken::ensure(dir.path(), &error));
        QFile::setPermissions(StaffToken::path(dir.path()), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                                | QFile::ReadOther);
        QString warning;
        QVERIFY(StaffToken::read(dir.path(), &error, &warning));
        QVERIFY2(warning.contains(u"0640"_s), qPrintable(warning));
    }

    void onlyTheWholeHeaderIsAccepted()
    {
        QTemporaryDir dir;
        QString error;
        const std::optional<StaffToken> token = StaffToken::ensure(dir.path(), &error);
        QVERIFY(token);
        const QByteArray right = token->authorization();
        QVERIFY(token->acceptsAuthorization(right));
        QByteArray wrong = right;
        wrong[10] = wrong[10] == 'f' ? 'e' : 'f';
        for (const QByteArray &header : {QByteArray(), wrong, right.chopped(1), right + 'a', right.mid(7),
                                         "Basic " + right.mid(7), " " + right.chopped(1)})
            QVERIFY2(!token->acceptsAuthorization(header), header.constData());
    }
};

QTEST_GUILESS_MAIN(TestStaffToken)
#include "tst_stafftoken.moc"
