#include "print/printerstatusreader.h"
#include "printersim/printersimulator.h"

#include <QTest>
#include <map>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

// Answers DLE EOT n from a table; a missing n is a printer that does not answer.
class FakeLink : public PrinterLink
{
public:
    std::map<int, quint8> answers;
    QList<int> asked;

    bool open(QString *) override { return true; }
    bool isOpen() const override { return true; }
    bool write(const QByteArray &, QString *) override { return true; }
    std::optional<quint8> realTimeStatus(int n, int) override
    {
        asked.append(n);
        const auto it = answers.find(n);
        return it == answers.end() ? std::nullopt : std::optional<quint8>(it->second);
    }
    void close() override {}
    QString target() const override { return u"fake"_s; }
};

FakeLink answering(quint8 printer, quint8 offline, quint8 error, quint8 paper)
{
    FakeLink link;
    link.answers = {{1, printer}, {2, offline}, {3, error}, {4, paper}};
    return link;
}

} // namespace

class TestPrinterStatusReader : public QObject
{
    Q_OBJECT

private slots:
    void everyState_data()
    {
        QTest::addColumn<int>("printer");
        QTest::addColumn<int>("offline");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("paper");
        QTest::addColumn<PrinterStatus::State>("state");
        QTest::addColumn<bool>("nearEnd");
        QTest::addColumn<QString>("detail");

        using State = PrinterStatus::State;
        QTest::newRow("ready") << 0x12 << 0x12 << 0x12 << 0x12 << State::Ready << false << u"ready"_s;
        QTest::newRow("near end") << 0x12 << 0x12 << 0x12 << 0x1e << State::Ready << true
                                  << u"ready; the paper roll is nearly out"_s;
        QTest::newRow("paper out") << 0x1a << 0x32 << 0x12 << 0x72 << State::PaperOut << false
                                   << u"the paper roll is out"_s;
        QTest::newRow("paper end sensor only") << 0x12 << 0x12 << 0x12 << 0x72 << State::PaperOut
                                               << false << u"the paper roll is out"_s;
        QTest::newRow("cover open") << 0x1a << 0x16 << 0x12 << 0x12 << State::CoverOpen << false
                                    << u"the cover is open"_s;
        QTest::newRow("cover open and no paper") << 0x1a << 0x36 << 0x12 << 0x72 << State::CoverOpen
                                                 << false << u"the cover is open"_s;
        QTest::newRow("autocutter") << 0x1a << 0x52 << 0x1a << 0x12 << State::Error << false
                                    << u"the autocutter is jammed: clear it and close the cover"_s;
        QTest::newRow("unrecoverable") << 0x1a << 0x52 << 0x32 << 0x12 << State::Error << false
                                       << u"unrecoverable error: switch the printer off and on"_s;
        QTest::newRow("overheat") << 0x1a << 0x52 << 0x52 << 0x12 << State::Error << false
                                  << u"the print head is too hot: it resumes when it cools down"_s;
        QTest::newRow("feed button") << 0x1a << 0x1a << 0x12 << 0x12 << State::Error << false
                                     << u"paper is being fed with the feed button"_s;
        QTest::newRow("error occurred") << 0x1a << 0x52 << 0x12 << 0x12 << State::Error << false
                                        << u"the printer reports an error"_s;
        QTest::newRow("offline") << 0x1a << 0x12 << 0x12 << 0x12 << State::Error << false
                                 << u"the printer is offline"_s;
        QTest::newRow("not a status byte") << 0x41 << 0x12 << 0x12 << 0x12 << State::Error << false
                                           << u"the printer answered a status request with 0x41, not ESC/POS status"_s;
    }

    void everyState()
    {
        QFETCH(int, printer);
        QFETCH(int, offline);
        QFETCH(int, error);
        QFETCH(int, paper);
        FakeLink link = answering(quint8(printer), quint8(offline), quint8(error), quint8(paper));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const PrinterStatus status = readPrinterStatus(link, 100);
        QTEST(status.state, "state");
        QTEST(status.paperNearEnd, "nearEnd");
        QTEST(status.detail, "detail");
        QVERIFY(status.at >= before.addSecs(-1));
        QCOMPARE(status.at.timeSpec(), Qt::UTC);
    }

    // The simulator's bytes are Epson's: the reader must agree with them for each paper state.
    void simulatorBytes_data()
    {
        QTest::addColumn<PrinterSimulator::Paper>("paper");
        QTest::addColumn<bool>("coverOpen");
        QTest::addColumn<PrinterStatus::State>("state");
        QTest::addColumn<bool>("nearEnd");
        QTest::newRow("present") << PrinterSimulator::Paper::Present << false << PrinterStatus::State::Ready << false;
        QTest::newRow("near end") << PrinterSimulator::Paper::NearEnd << false << PrinterStatus::State::Ready << true;
        QTest::newRow("out") << PrinterSimulator::Paper::Out << false << PrinterStatus::State::PaperOut << false;
        QTest::newRow("cover") << PrinterSimulator::Paper::Present << true << PrinterStatus::State::CoverOpen << false;
    }

    void simulatorBytes()
    {
        QFETCH(PrinterSimulator::Paper, paper);
        QFETCH(bool, coverOpen);
        FakeLink link;
        for (int n = 1; n <= 4; ++n)
            link.answers[n] = PrinterSimulator::statusByte(n, paper, coverOpen);
        const PrinterStatus status = readPrinterStatus(link, 100);
        QTEST(status.state, "state");
        QTEST(status.paperNearEnd, "nearEnd");
    }

    void silentPrinterIsUnreachable_data()
    {
        QTest::addColumn<int>("firstUnanswered");
        QTest::newRow("DLE EOT 1") << 1;
        QTest::newRow("DLE EOT 3") << 3;
        QTest::newRow("DLE EOT 4") << 4;
    }

    void silentPrinterIsUnreachable()
    {
        QFETCH(int, firstUnanswered);
        FakeLink link = answering(0x12, 0x12, 0x12, 0x12);
        for (int n = firstUnanswered; n <= 4; ++n)
            link.answers.erase(n);
        const PrinterStatus status = readPrinterStatus(link, 100);
        QCOMPARE(status.state, PrinterStatus::State::Unreachable);
        QCOMPARE(status.detail, u"the printer does not answer status requests"_s);
        // One timeout, not one per query.
        QCOMPARE(link.asked.size(), firstUnanswered);
    }
};

QTEST_GUILESS_MAIN(TestPrinterStatusReader)
#include "tst_printerstatusreader.moc"
