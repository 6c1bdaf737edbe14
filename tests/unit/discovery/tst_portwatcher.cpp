#include "discovery/globexpander.h"
#include "discovery/portenumerator.h"
#include "discovery/portreservations.h"
#include "discovery/portwatcher.h"
#include "fakeenumerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_PortWatcher : public QObject
{
    Q_OBJECT

private:
    FakeEnumerator *m_enum = nullptr; // owned by m_watcher
    std::unique_ptr<PortWatcher> m_watcher;

    void makeWatcher(PortWatcherSettings s)
    {
        auto e = std::make_unique<FakeEnumerator>();
        m_enum = e.get();
        m_watcher = std::make_unique<PortWatcher>(std::move(e), s);
    }

    static PortWatcherSettings fast()
    {
        PortWatcherSettings s;
        s.settleDelay = 150ms;
        s.rescanInterval = 40ms;
        s.minRescanGap = 10ms;
        s.watchDirectories = false;
        return s;
    }

    static QStringList names(const QSignalSpy &spy)
    {
        QStringList out;
        for (const auto &args : spy)
            out << args.at(0).value<PortInfo>().name;
        return out;
    }

private slots:
    void init()
    {
        makeWatcher(fast());
    }

    void cleanup()
    {
        m_watcher.reset();
    }

    void portsPresentAtStartAreReportedAtOnce()
    {
        m_enum->add("a");
        m_enum->add("b");
        QSignalSpy added(m_watcher.get(), &PortWatcher::portAdded);
        m_watcher->start();
        QCOMPARE(names(added), (QStringList{"a", "b"}));
    }

    void aPortThatAppearsIsReportedOnlyAfterTheSettleDelay()
    {
        m_watcher->start();
        QSignalSpy added(m_watcher.get(), &PortWatcher::portAdded);
        QSignalSpy scanned(m_watcher.get(), &PortWatcher::scanned);
        QElapsedTimer clock;
        clock.start();
        m_enum->add("new");
        m_watcher->requestRescan();
        QVERIFY(scanned.wait(1000));
        QCOMPARE(added.count(), 0);
        QCOMPARE(m_watcher->settlingCount(), 1);
        QVERIFY(added.wait(2000));
        QVERIFY(clock.elapsed() >= 150);
        QCOMPARE(names(added), QStringList{"new"});
    }

    void aPortThatComesAndGoesWithinTheSettleDelayIsNeverReported()
    {
        PortWatcherSettings s = fast();
        s.settleDelay = 400ms;
        makeWatcher(s);
        m_watcher->start();
        QSignalSpy added(m_watcher.get(), &PortWatcher::portAdded);
        QSignalSpy removed(m_watcher.get(), &PortWatcher::portRemoved);
        QSignalSpy scanned(m_watcher.get(), &PortWatcher::scanned);
        m_enum->add("blip");
        QVERIFY(scanned.wait(1000));
        QCOMPARE(m_watcher->settlingCount(), 1);
        m_enum->remove("blip");
        QVERIFY(scanned.wait(1000));
        QCOMPARE(m_watcher->settlingCount(), 0);
        QVERIFY(!added.wait(600));
        QCOMPARE(removed.count(), 0);
    }

    void aPortThatDisappearsIsReported()
    {
        m_enum->add("a");
        m_watcher->start();
        QSignalSpy removed(m_watcher.get(), &PortWatcher::portRemoved);
        m_enum->remove("a");
        QVERIFY(removed.wait(1000));
        QCOMPARE(names(removed), QStringList{"a"});
        QVERIFY(!m_watcher->contains("a"));
    }

    void aBurstOfRescanRequestsGivesOneEnumeration()
    {
        PortWatcherSettings s = fast();
        s.rescanInterval = 1h; // no polling: only the requests count
        s.minRescanGap = 200ms;
        makeWatcher(s);
        m_watcher->start();
        const int before = m_enum->calls;
        QSignalSpy scanned(m_watcher.get(), &PortWatcher::scanned);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 100; ++i)
            m_watcher->requestRescan();
        QVERIFY(scanned.wait(2000));
        QCOMPARE(m_enum->calls, before + 1);
        QVERIFY(clock.elapsed() >= 150); // waited for the gap after start()'s scan
        for (int i = 0; i < 100; ++i)
            m_watcher->requestRescan();
        QVERIFY(scanned.wait(2000));
        QCOMPARE(m_enum->calls, before + 2);
        QVERIFY(clock.elapsed() >= 350);
    }

    void aDeviceRecreatedBehindTheSameNameIsRemovedAndAddedAgain()
    {
        m_enum->list << PortInfo::named("/tmp/modems/m1", "/dev/pts/7");
        m_watcher->start();
        QSignalSpy added(m_watcher.get(), &PortWatcher::portAdded);
        QSignalSpy removed(m_watcher.get(), &PortWatcher::portRemoved);
        m_enum->list = {PortInfo::named("/tmp/modems/m1", "/dev/pts/9")};
        QVERIFY(removed.wait(1000));
        QVERIFY(added.wait(2000));
        QCOMPARE(added.first().first().value<PortInfo>().device, QStringLiteral("/dev/pts/9"));
    }

    void aForgottenPortIsReportedAgainAfterTheSettleDelay()
    {
        m_enum->add("a");
        m_watcher->start();
        QSignalSpy added(m_watcher.get(), &PortWatcher::portAdded);
        m_watcher->forget("a");
        QVERIFY(added.wait(2000));
        QCOMPARE(names(added), QStringList{"a"});
    }

    void usbFactsAndMakerLabelsAreKept_data()
    {
        QTest::addColumn<quint16>("vid");
        QTest::addColumn<QString>("maker");
        QTest::newRow("Telit") << quint16(0x1bc7) << "Telit";
        QTest::newRow("Cinterion 1e2d") << quint16(0x1e2d) << "Thales/Cinterion";
        QTest::newRow("Cinterion 0681") << quint16(0x0681) << "Thales/Cinterion";
        QTest::newRow("SIMCom") << quint16(0x1e0e) << "SIMCom";
        QTest::newRow("Sierra") << quint16(0x1199) << "Sierra Wireless";
        QTest::newRow("FTDI adapter") << quint16(0x0403) << "";
    }

    void usbFactsAndMakerLabelsAreKept()
    {
        QFETCH(quint16, vid);
        QFETCH(QString, maker);
        m_enum->add(usbPort("ttyUSB2", 2, "ABC123", vid, 0x0042));
        m_watcher->start();
        const PortInfo p = m_watcher->port("ttyUSB2");
        QCOMPARE(p.makerLabel(), maker);
        QCOMPARE(p.interfaceNumber, 2);
        QCOMPARE(p.usbId(), QStringLiteral("%1:0042:ABC123").arg(vid, 4, 16, QLatin1Char('0')));
    }

    void twoUsersNeverHoldOnePort()
    {
        PortReservations r;
        QVERIFY(r.reserve("ttyUSB2", "discovery"));
        QVERIFY(r.reserve("ttyUSB2", "discovery")); // again: still its own
        QVERIFY(!r.reserve("ttyUSB2", "console"));
        r.release("ttyUSB2", "console"); // not the holder: no effect
        QCOMPARE(r.holder("ttyUSB2"), QStringLiteral("discovery"));
        QVERIFY(r.transfer("ttyUSB2", "discovery", "module:imei:1"));
        QVERIFY(!r.reserve("ttyUSB2", "discovery"));
        r.release("ttyUSB2", "module:imei:1");
        QVERIFY(r.reserve("ttyUSB2", "console"));
    }

    void aSymlinkAndItsTargetAreOnePortForReservations()
    {
        QTemporaryDir dir;
        QFile device(dir.filePath("pts7"));
        QVERIFY(device.open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(device.fileName(), dir.filePath("m1")));
        PortReservations r;
        QVERIFY(r.reserve(dir.filePath("m1"), "job"));
        QVERIFY(!r.reserve(device.fileName(), "console"));
    }

    void scanGlobsListSymlinksByTheirOwnNames()
    {
        QTemporaryDir dir;
        QFile device(dir.filePath("pts7"));
        QVERIFY(device.open(QIODevice::WriteOnly));
        QDir(dir.path()).mkdir("modems");
        QVERIFY(QFile::link(device.fileName(), dir.filePath("modems/m1")));
        QVERIFY(QFile::link(device.fileName(), dir.filePath("modems/m2")));
        QVERIFY(QFile::link(dir.filePath("nothing"), dir.filePath("modems/dangling")));
        QDir(dir.path()).mkdir("modems/subdir");

        const QStringList found = GlobExpander::expand({dir.filePath("modems/*")});
        QCOMPARE(found, (QStringList{dir.filePath("modems/m1"), dir.filePath("modems/m2")}));
        QCOMPARE(GlobExpander::expand({dir.filePath("mod*/m?")}), found);
        QCOMPARE(GlobExpander::directories({dir.filePath("modems/*")}), QStringList{dir.filePath("modems")});

        SystemPortEnumerator e({dir.filePath("modems/*")}, false);
        const QList<PortInfo> ports = e.ports();
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.first().name, dir.filePath("modems/m1"));
        QCOMPARE(ports.first().device, QFileInfo(device.fileName()).canonicalFilePath());
    }

    void aNewFileInAWatchedDirectoryTriggersAnEarlyRescan()
    {
        QTemporaryDir dir;
        PortWatcherSettings s = fast();
        s.rescanInterval = 1h; // only the directory notification can trigger it
        s.settleDelay = 0ms;
        s.watchDirectories = true;
        m_watcher = std::make_unique<PortWatcher>(
            std::make_unique<SystemPortEnumerator>(QStringList{dir.filePath("*")}, false), s);
        m_watcher->start();
        QSignalSpy added(m_watcher.get(), &PortWatcher::portAdded);
        QFile f(dir.filePath("m1"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(added.wait(3000));
    }
};

QTEST_GUILESS_MAIN(tst_PortWatcher)
#include "tst_portwatcher.moc"
