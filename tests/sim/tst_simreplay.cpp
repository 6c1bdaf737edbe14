#include "replay/sessionreplayer.h"
#include "simclient.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// fotadesk-sim --replay: a recorded module answers a host on a real serial
// port as it answered when recorded: the same answers to the same commands,
// data counted, a reboot played as the device going and coming back, and
// where the host parts from the recording, ERROR and a report.
namespace {

using Kind = RecordedEvent::Kind;

RecordedEvent out(qint64 ms, const QByteArray &line) { return {ms, Kind::Out, line, 0}; }
RecordedEvent in(qint64 ms, const QByteArray &bytes) { return {ms, Kind::In, bytes, 0}; }
RecordedEvent raw(qint64 ms, qint64 length) { return {ms, Kind::Raw, {}, length}; }

const QList<RecordedEvent> kIdentity{
    {0, Kind::Open, {}, 115200},
    out(10, "AT+CGMI\r"), in(11, "\r\nTelit\r\n\r\nOK\r\n"),
    out(20, "AT+CGMR\r"), in(21, "\r\n10.00.005\r\n\r\nOK\r\n"),
    out(30, "AT+CPIN=\"***\"\r"), in(31, "\r\nOK\r\n"),
    out(40, "AT+CGMR\r"), in(41, "\r\n10.00.006\r\n\r\nOK\r\n"),
};

} // namespace

class tst_SimReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{qEnvironmentVariable("FOTADESK_TEST_TMP") + QStringLiteral("/replay-XXXXXX")};

    QString link() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())); }

    std::unique_ptr<SessionReplayer> start(const QList<RecordedEvent> &events,
                                           SessionReplayer::Match match = SessionReplayer::Match::Order)
    {
        auto replayer = std::make_unique<SessionReplayer>(
            events, SessionReplayer::Options{link(), 1.0, match});
        QString why;
        if (!replayer->start(&why)) {
            qWarning("%s", qPrintable(why));
            return {};
        }
        return replayer;
    }

private slots:
    void commandsGetTheirRecordedAnswersInOrder()
    {
        auto replayer = start(kIdentity);
        QVERIFY(replayer);
        SimClient host(link());
        QVERIFY(host.open());
        QCOMPARE(host.command("AT+CGMI"), (QStringList{"Telit", "OK"}));
        QCOMPARE(host.command("AT+CGMR"), (QStringList{"10.00.005", "OK"}));
        // The PIN the recording masked is matched by what it masks to.
        QCOMPARE(host.command("AT+CPIN=\"1234\""), QStringList{"OK"});
        // The same command again, later: its later answer (after an update).
        QCOMPARE(host.command("AT+CGMR"), (QStringList{"10.00.006", "OK"}));
        QCOMPARE(replayer->answered(), 4);
        QCOMPARE(replayer->divergences(), 0);
    }

    void aCommandTheRecordingNeverSawAnswersErrorAndIsReported()
    {
        auto replayer = start(kIdentity);
        QVERIFY(replayer);
        QSignalSpy diverged(replayer.get(), &SessionReplayer::diverged);
        SimClient host(link());
        QVERIFY(host.open());
        QCOMPARE(host.command("AT+CIMI"), QStringList{"ERROR"});
        QCOMPARE(diverged.size(), 1);
        QVERIFY(diverged.first().first().toString().contains("AT+CIMI"));
        QCOMPARE(host.command("AT+CGMI"), (QStringList{"Telit", "OK"})); // and goes on
    }

    void inOrderAHostThatSkipsCommandsIsFollowedAndTold()
    {
        auto replayer = start(kIdentity);
        QVERIFY(replayer);
        QSignalSpy diverged(replayer.get(), &SessionReplayer::diverged);
        SimClient host(link());
        QVERIFY(host.open());
        QCOMPARE(host.command("AT+CGMR"), (QStringList{"10.00.005", "OK"})); // AT+CGMI skipped
        QCOMPARE(diverged.size(), 1);
        QCOMPARE(host.command("AT+CPIN=\"1234\""), QStringList{"OK"});
        QCOMPARE(diverged.size(), 1);
    }

    void byCommandRepeatsAreAnsweredFromTheFirstUnplayedThenTheLast()
    {
        auto replayer = start(kIdentity, SessionReplayer::Match::Command);
        QVERIFY(replayer);
        SimClient host(link());
        QVERIFY(host.open());
        QCOMPARE(host.command("AT+CGMR"), (QStringList{"10.00.005", "OK"}));
        QCOMPARE(host.command("AT+CGMR"), (QStringList{"10.00.006", "OK"}));
        QCOMPARE(host.command("AT+CGMR"), (QStringList{"10.00.006", "OK"}));
        QCOMPARE(host.command("AT+CGMI"), (QStringList{"Telit", "OK"}));
        QCOMPARE(replayer->divergences(), 0);
    }

    void dataIsCountedNotCompared()
    {
        auto replayer = start({out(0, "AT+WDSD=2048\r"), in(1, "C"), raw(2, 1029), in(3, "\x06"), raw(4, 1029),
                               in(5, "\x06"), raw(6, 1), in(7, "\x06"), out(8, "AT\r"), in(9, "\r\nOK\r\n")});
        QVERIFY(replayer);
        SimClient host(link());
        QVERIFY(host.open());
        host.write("AT+WDSD=2048\r");
        QVERIFY(host.waitForBytes("C"));
        host.takeRaw();
        host.write(QByteArray(1000, 'a'));
        QTest::qWait(100);
        QVERIFY(host.takeRaw().isEmpty()); // 29 bytes of the block still to come
        host.write(QByteArray(29, 'b'));
        QVERIFY(host.waitForBytes("\x06"));
        host.takeRaw();
        host.write(QByteArray(1029, 'c'));
        QVERIFY(host.waitForBytes("\x06"));
        host.takeRaw();
        host.write("\x04");
        QVERIFY(host.waitForBytes("\x06"));
        host.takeRaw();
        host.write("AT\r"); // a command again after the data
        QVERIFY(host.waitForBytes("\r\nOK\r\n"));
        QCOMPARE(replayer->divergences(), 0);
    }

    void aSettingGivenAnotherValueIsReadBackAsGiven()
    {
        // FotaDesk's package URL has another port and token each run.
        auto replayer = start({out(0, "AT^SNFOTA=\"url\",\"http://127.0.0.1:4711/p/ab12cd\xe2\x80\xa6/fw.usf\"\r"),
                               in(1, "\r\nOK\r\n"), out(2, "AT+CPIN=\"***\"\r"), in(3, "\r\nOK\r\n"),
                               out(4, "AT^SNFOTA?\r"),
                               in(5, "\r\n^SNFOTA: \"url\",\"http://127.0.0.1:4711/p/ab12cd\xe2\x80\xa6/fw.usf\"\r\n\r\nOK\r\n"),
                               out(6, "AT*MCGDEFCONT?\r"), in(7, "\r\n*MCGDEFCONT: \"IP\",\"apn\",\"user\",\"***\"\r\n\r\nOK\r\n")});
        QVERIFY(replayer);
        SimClient host(link());
        QVERIFY(host.open());
        const QString url = "http://127.0.0.1:9000/p/0123456789abcdef0123456789abcdef/fw.usf";
        QCOMPARE(host.command("AT^SNFOTA=\"url\",\"" + url + "\""), QStringList{"OK"});
        QCOMPARE(host.command("AT+CPIN=\"1234\""), QStringList{"OK"});
        QCOMPARE(host.command("AT^SNFOTA?"), (QStringList{"^SNFOTA: \"url\",\"" + url + "\"", "OK"}));
        // A masked secret is no value to hand back: the PIN stays where it went.
        QCOMPARE(host.command("AT*MCGDEFCONT?"), (QStringList{"*MCGDEFCONT: \"IP\",\"apn\",\"user\",\"***\"", "OK"}));
    }

    void aRebootTakesTheDeviceAwayAndBringsItBack()
    {
        // The device goes the moment its OK is out: the host still reads the OK.
        auto replayer = start({out(0, "AT+CFUN=1,1\r"), in(1, "\r\nOK\r\n"), {1, Kind::Lost, {}, 0},
                               {400, Kind::Open, {}, 115200}, in(410, "\r\n+KSUP: 0\r\n"), out(500, "AT+CGMR\r"),
                               in(501, "\r\nNEW\r\n\r\nOK\r\n")});
        QVERIFY(replayer);
        SimClient host(link());
        QVERIFY(host.open());
        QCOMPARE(host.command("AT+CFUN=1,1"), QStringList{"OK"});
        QVERIFY(QTest::qWaitFor([&] { return !QFileInfo::exists(link()); }, 3000));
        host.close();
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(link()); }, 3000));
        SimClient again(link());
        QVERIFY(again.open());
        QVERIFY(!again.waitForLine("+KSUP: 0").isNull());
        QCOMPARE(again.command("AT+CGMR"), (QStringList{"NEW", "OK"}));
    }
};

QTEST_GUILESS_MAIN(tst_SimReplay)
#include "tst_simreplay.moc"
