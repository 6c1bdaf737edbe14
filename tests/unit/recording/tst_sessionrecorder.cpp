#include "recording/sessionrecorder.h"

#include <QTemporaryDir>
#include <QTest>

// What SessionRecorder writes when the engine talks to a port: both
// directions in order, data as its length, only the named port, and never a
// secret, however the module's answer arrives.
namespace {

using Kind = RecordedEvent::Kind;

QList<RecordedEvent> eventsOf(const QString &path)
{
    const SessionRecording::Loaded loaded = SessionRecording::load(path);
    if (!loaded.error.isEmpty())
        qWarning("%s", qPrintable(loaded.error));
    return loaded.events;
}

QByteArray fileOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_SessionRecorder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".rec"); }

private slots:
    void aConversationIsKeptInOrder()
    {
        SessionRecorder r;
        QVERIFY(r.open(path(), "ttyFAKE0", "fotadesk-cli identify ttyFAKE0"));
        r.opened("ttyFAKE0", 115200);
        r.received("ttyFAKE0", "\r\n+KSUP: 0\r\n");
        r.sent("ttyFAKE0", "AT+CGMR\r");
        r.received("ttyFAKE0", "\r\nBHL7800");
        r.received("ttyFAKE0", ".1.7\r\n\r\nOK\r\n");
        r.rateSet("ttyFAKE0", 921600);
        r.sent("ttyFAKE0", QByteArray("\x02\x01\xfe") + QByteArray(1026, 'x'));
        r.received("ttyFAKE0", "\x06");
        r.lost("ttyFAKE0");
        r.opened("ttyFAKE0", 115200);
        r.closed("ttyFAKE0");
        r.close();

        const QList<RecordedEvent> events = eventsOf(path());
        QList<Kind> kinds;
        for (const RecordedEvent &e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QList<Kind>{Kind::Open, Kind::In, Kind::Out, Kind::In, Kind::Rate, Kind::Raw, Kind::In,
                                     Kind::Lost, Kind::Open, Kind::Close}));
        QCOMPARE(events[1].bytes, QByteArray("\r\n+KSUP: 0\r\n"));
        QCOMPARE(events[2].bytes, QByteArray("AT+CGMR\r"));
        QCOMPARE(events[3].bytes, QByteArray("\r\nBHL7800.1.7\r\n\r\nOK\r\n")); // one answer, as it ended
        QCOMPARE(events[4].value, 921600);
        QCOMPARE(events[5].value, 1029); // the block's length, not the package
        QVERIFY(!fileOf(path()).contains("xxxx"));
        QCOMPARE(events[6].bytes, QByteArray("\x06"));
        QVERIFY(fileOf(path()).contains("# during fotadesk-cli identify ttyFAKE0"));
        QCOMPARE(r.eventCount(), events.size());
    }

    void whatTheModuleSaidBeforeTheHostWroteComesFirst()
    {
        // A prompt has no line end: it is written when the host answers it.
        SessionRecorder r;
        QVERIFY(r.open(path(), "ttyFAKE0", {}));
        r.opened("ttyFAKE0", 115200);
        r.sent("ttyFAKE0", "AT+CFLW=0,4\r");
        r.received("ttyFAKE0", "\r\n> ");
        r.sent("ttyFAKE0", QByteArray("\x00\x01\x02\x03", 4));
        r.close();
        const QList<RecordedEvent> events = eventsOf(path());
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[2].kind, Kind::In);
        QCOMPARE(events[2].bytes, QByteArray("\r\n> "));
        QCOMPARE(events[3].kind, Kind::Raw);
    }

    void otherPortsAreNotRecorded()
    {
        QDir(m_dir.path()).mkpath("dev");
        QFile tty(m_dir.filePath("dev/ttyFAKE7"));
        QVERIFY(tty.open(QIODevice::WriteOnly));
        const QString link = m_dir.filePath("by-id-module");
        QVERIFY(QFile::link(tty.fileName(), link));
        SessionRecorder r;
        QVERIFY(r.open(path(), link, {}));
        r.opened(tty.fileName(), 115200); // the same device under its own name
        r.opened("ttyOTHER", 115200);
        r.sent("ttyOTHER", "AT\r");
        r.sent(tty.fileName(), "ATI\r");
        r.close();
        const QList<RecordedEvent> events = eventsOf(path());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].bytes, QByteArray("ATI\r"));
    }

    void noSecretIsWrittenHoweverItArrives_data()
    {
        QTest::addColumn<QList<QByteArray>>("sent");
        QTest::addColumn<QList<QByteArray>>("received");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("PIN entered") << QList<QByteArray>{"AT+CPIN=\"4321\"\r"} << QList<QByteArray>{} << QByteArray("4321");
        QTest::newRow("PIN echoed") << QList<QByteArray>{"AT+CPIN=\"4321\"\r"}
                                    << QList<QByteArray>{"AT+CPIN=\"4321\"\r\r\nOK\r\n"} << QByteArray("4321");
        QTest::newRow("PIN echo split across reads") << QList<QByteArray>{}
                                                     << QList<QByteArray>{"AT+CPIN=\"43", "21\"\r\r\nOK\r\n"}
                                                     << QByteArray("4321");
        QTest::newRow("APN password read back") << QList<QByteArray>{"AT*MCGDEFCONT?\r"}
                                                << QList<QByteArray>{"\r\n*MCGDEFCONT: \"IP\",\"internet\",\"user\",\"s3cretPw\"\r\n\r\nOK\r\n"}
                                                << QByteArray("s3cretPw");
        QTest::newRow("package server token")
            << QList<QByteArray>{"AT^SNFOTA=\"url\",\"http://10.0.0.2:8080/p/0123456789abcdef0123456789abcdef/fw.usf\"\r"}
            << QList<QByteArray>{} << QByteArray("456789abcdef0123456789abcdef");
        QTest::newRow("PIN in the command the recording is during")
            << QList<QByteArray>{} << QList<QByteArray>{} << QByteArray("9876");
    }

    void noSecretIsWrittenHoweverItArrives()
    {
        QFETCH(QList<QByteArray>, sent);
        QFETCH(QList<QByteArray>, received);
        QFETCH(QByteArray, secret);
        SessionRecorder r;
        QVERIFY(r.open(path(), "ttyFAKE0", "fotadesk-cli at ttyFAKE0 AT+CPIN=\"9876\""));
        r.opened("ttyFAKE0", 115200);
        for (const QByteArray &s : sent)
            r.sent("ttyFAKE0", s);
        for (const QByteArray &b : received)
            r.received("ttyFAKE0", b);
        r.close();
        const QByteArray file = fileOf(path());
        QVERIFY2(!file.contains(secret), file.constData());
        if (!sent.isEmpty() || !received.isEmpty()) // masked, not dropped
            QVERIFY2(file.contains("***") || file.contains("/p/012345\\xe2\\x80\\xa6/"), file.constData());
    }
};

QTEST_GUILESS_MAIN(tst_SessionRecorder)
#include "tst_sessionrecorder.moc"
