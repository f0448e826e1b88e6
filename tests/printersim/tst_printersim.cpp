#include "support/freeport.h"
#include "support/httpclient.h"
#include "support/listeningprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Ticket = QByteArray::fromHex("1b40" "1b6101") + "Caf" + QByteArray::fromHex("e9") + "\n"
                        + QByteArray::fromHex("1d564200");

} // namespace

class TestPrinterSim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QUrl m_admin;

    // Each test function's own folder.
    QString out(const QString &file = QString()) const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/' + file);
    }

    int status(QTcpSocket &socket, int n)
    {
        socket.write(QByteArray::fromHex("1004") + char(n));
        if (!socket.waitForReadyRead(3000))
            return -1;
        return quint8(socket.read(1).at(0));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const quint16 adminPort = test::freePort();
        QString error;
        const auto port = test::startListening(m_process, QStringLiteral(PRINTERSIM_BIN), u"printersim"_s,
                                               {u"--port"_s, u"0"_s, u"--admin-port"_s, QString::number(adminPort),
                                                u"--out"_s, out(), u"--paper-width"_s, u"58"_s},
                                               &error);
        QVERIFY2(port, qPrintable(error));
        m_port = *port;
        m_admin = QUrl(u"http://127.0.0.1:%1/admin/"_s.arg(adminPort));
    }

    void cleanup()
    {
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(5000));
        QCOMPARE(m_process.exitCode(), 0);
    }

    void writesEachTicket()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        QCOMPARE(status(socket, 1), 0x12);
        socket.write(Ticket + Ticket);
        QVERIFY(socket.waitForBytesWritten(3000));
        QTRY_VERIFY(QFile::exists(out(u"ticket-002.png"_s)));
        QFile bin(out(u"ticket-001.bin"_s));
        QVERIFY(bin.open(QIODevice::ReadOnly));
        QCOMPARE(bin.readAll(), Ticket);
        QFile text(out(u"ticket-002.txt"_s));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(text.readAll()), u"^Café\n"_s);
        QCOMPARE(QImage(out(u"ticket-001.png"_s)).width(), 384);
        QByteArray log;
        QTRY_VERIFY((log += m_process.readAllStandardOutput()).contains("printersim: ticket 2: 14 bytes, 1 lines, cut, 0 problems"));

        test::HttpClient http;
        const test::HttpResult tickets = http.get(m_admin.resolved(u"tickets"_s));
        QCOMPARE(tickets.status, 200);
        const QJsonArray list = tickets.json().value(u"tickets"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"text"_s).toString(), u"^Café\n"_s);
        QCOMPARE(list.at(1).toObject().value(u"number"_s).toInt(), 2);
    }

    void adminSetsThePrinter()
    {
        test::HttpClient http;
        test::HttpResult changed = http.put(m_admin.resolved(u"printer"_s), R"({"paper":"out","cover_open":true})");
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(u"paper"_s).toString(), u"out"_s);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        QCOMPARE(status(socket, 2), 0x36);
        QCOMPARE(status(socket, 4), 0x72);
        socket.write(Ticket);
        QVERIFY(socket.waitForBytesWritten(3000));
        QTRY_COMPARE(http.get(m_admin.resolved(u"printer"_s)).json().value(u"discarded_tickets"_s).toInt(), 1);
        QVERIFY(!QFile::exists(out(u"ticket-001.bin"_s)));

        // Refused whole: a wrong field changes nothing.
        changed = http.put(m_admin.resolved(u"printer"_s), R"({"paper":"present","cover_open":"no"})");
        QCOMPARE(changed.status, 400);
        QCOMPARE(http.put(m_admin.resolved(u"printer"_s), R"({"papr":"out"})").status, 400);
        QCOMPARE(http.get(m_admin.resolved(u"printer"_s)).json().value(u"paper"_s).toString(), u"out"_s);

        QCOMPARE(http.put(m_admin.resolved(u"printer"_s), R"({"paper":"present","cover_open":false,"disconnect_after":4})").status, 200);
        socket.write(Ticket);
        QVERIFY(socket.waitForDisconnected(3000));
        QCOMPARE(http.put(m_admin.resolved(u"printer"_s), R"({"refuse_connections":true})").status, 200);
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(!socket.waitForConnected(1000));
    }

    void wrongArguments()
    {
        QProcess process;
        process.start(QStringLiteral(PRINTERSIM_BIN), {u"--port"_s, u"1"_s});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--out is required"));
        process.start(QStringLiteral(PRINTERSIM_BIN), {u"--out"_s, m_dir.path(), u"--paper-width"_s, u"60"_s});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--paper-width: expected 58 or 80"));
    }
};

QTEST_GUILESS_MAIN(TestPrinterSim)
#include "tst_printersim.moc"
