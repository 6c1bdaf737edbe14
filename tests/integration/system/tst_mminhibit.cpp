#include "system/modemmanagerinhibitor.h"
#include "testprograms.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// ModemManagerInhibitor against a stand-in ModemManager (python3-dbus) on a
// private dbus-daemon: InhibitDevice(uid, true) when a job starts and
// (uid, false) when it ends, nothing when MM is absent or does not manage the
// port, MM's refusal with the udev advice, and the inhibition lifted by the
// bus when the FotaDesk process is killed.
namespace {

using Result = ModemManagerInhibitor::Result;
const QString kUid = QStringLiteral("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-4");

QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

QString service()
{
    return QStringLiteral(FOTADESK_FAKE_MM);
}

// The child of aKilledFotaDeskLiftsItsInhibition: inhibits, says so, waits to be killed.
int inhibitAndWait(const QString &port)
{
    ModemManagerInhibitor inhibitor;
    inhibitor.inhibit(port, [](const ModemManagerInhibitor::Outcome &o) {
        QTextStream(stdout) << (o.result == Result::Inhibited ? "inhibited " : "not inhibited ") << o.uid << Qt::endl;
    });
    return QCoreApplication::exec();
}

std::optional<ModemManagerInhibitor::Outcome> waitFor(ModemManagerInhibitor &inhibitor, const QString &port)
{
    std::optional<ModemManagerInhibitor::Outcome> outcome;
    inhibitor.inhibit(port, [&outcome](const ModemManagerInhibitor::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        qWarning("no answer from the inhibitor in 10 s");
    return outcome;
}

} // namespace

class tst_MmInhibit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{qEnvironmentVariable("FOTADESK_TEST_TMP") + QStringLiteral("/mm-XXXXXX")};
    QProcess m_bus;
    QString m_address;
    QProcess *m_mm = nullptr;
    QString m_log;

    // Starts the stand-in; false if it did not come up.
    bool startModemManager(const QStringList &extra)
    {
        m_mm = new QProcess(this);
        m_mm->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_mm->start(python(), QStringList{service(), QStringLiteral("--address"), m_address, QStringLiteral("--log"), m_log} + extra);
        return m_mm->waitForStarted(10000)
            && QTest::qWaitFor([this] { return m_mm->canReadLine() || m_mm->state() != QProcess::Running; }, 15000)
            && m_mm->readLine().trimmed() == "ready";
    }

    QStringList logLines() const
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The log's lines with the sender (last word) left out.
    QStringList calls() const
    {
        QStringList out;
        for (const QString &line : logLines())
            out << line.section(QLatin1Char(' '), 0, -2);
        return out;
    }

    bool waitForLines(int n) const
    {
        return QTest::qWaitFor([&] { return logLines().size() >= n; }, 10000);
    }

private slots:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is missing (Debian: dbus-daemon, in packaging/debian-build-deps)");
        QProcess probe;
        probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import dbus, dbus.mainloop.glib, gi.repository.GLib")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3-dbus or python3-gi is missing (in packaging/debian-build-deps)");
        QVERIFY(m_dir.isValid());

        m_bus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        QVERIFY(m_bus.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([this] { return m_bus.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_bus.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
        // The one connection of this process goes to the private bus.
        qputenv("FOTADESK_MM_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(ModemManagerInhibitor::connection().isConnected());
    }

    void init()
    {
        m_log = m_dir.filePath(QStringLiteral("%1.log").arg(QTest::currentTestFunction()));
        QFile::remove(m_log);
    }

    void cleanup()
    {
        if (m_mm) {
            m_mm->closeWriteChannel();
            if (!m_mm->waitForFinished(5000))
                m_mm->kill();
            m_mm->waitForFinished(5000);
            delete m_mm;
            m_mm = nullptr;
            // The name is free again before the next test asks for it.
            QVERIFY(QTest::qWaitFor([] {
                return !ModemManagerInhibitor::connection().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.ModemManager1")).value();
            }, 5000));
        }
    }

    void cleanupTestCase()
    {
        if (m_bus.state() == QProcess::Running) {
            m_bus.terminate();
            m_bus.waitForFinished(5000);
        }
    }

    void inhibitsForTheJobAndReleasesAtItsEnd_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<QStringList>("mmPorts");
        QTest::newRow("system name") << "ttyFAKE3" << QStringList{"ttyFAKE3"};
        QTest::newRow("device path") << "/dev/ttyFAKE3" << QStringList{"ttyFAKE3"};
        QTest::newRow("second port of the modem") << "ttyFAKE5" << QStringList{"ttyFAKE3", "ttyFAKE5"};
        QTest::newRow("by-id symlink") << "@link" << QStringList{"ttyFAKE3"};
        // FotaDesk's udev rule has MM ignore the AT port FotaDesk updates
        // through; MM lists it apart and still holds the device's others.
        QTest::newRow("a port MM ignores") << "ttyFAKE5" << QStringList{"ttyFAKE3", "ignored:ttyFAKE5"};
    }

    void inhibitsForTheJobAndReleasesAtItsEnd()
    {
        QFETCH(QString, port);
        QFETCH(QStringList, mmPorts);
        if (port == QLatin1String("@link")) {
            // /dev/serial/by-id/... -> the tty MM knows by its own name.
            QDir(m_dir.path()).mkpath(QStringLiteral("dev"));
            QFile tty(m_dir.filePath(QStringLiteral("dev/ttyFAKE3")));
            QVERIFY(tty.open(QIODevice::WriteOnly));
            port = m_dir.filePath(QStringLiteral("usb-Telit_LE910C1-if00-port0"));
            QFile::remove(port);
            QVERIFY(QFile::link(tty.fileName(), port));
        }
        QStringList args;
        for (const QString &p : mmPorts) {
            if (p.startsWith(QLatin1String("ignored:")))
                args << QStringLiteral("--ignored-port") << p.mid(8);
            else
                args << QStringLiteral("--port") << p;
        }
        QVERIFY(startModemManager(args));

        ModemManagerInhibitor inhibitor;
        QSignalSpy inhibited(&inhibitor, &ModemManagerInhibitor::inhibited);
        QSignalSpy released(&inhibitor, &ModemManagerInhibitor::released);
        const auto outcome = waitFor(inhibitor, port);
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Inhibited);
        QCOMPARE(outcome->uid, kUid);
        QVERIFY(inhibitor.isInhibited(port));
        QCOMPARE(inhibited.size(), 1);
        QCOMPARE(calls(), QStringList{QStringLiteral("inhibit %1 true").arg(kUid)});

        inhibitor.release(port);
        QVERIFY(waitForLines(2));
        QCOMPARE(calls(), (QStringList{QStringLiteral("inhibit %1 true").arg(kUid), QStringLiteral("inhibit %1 false").arg(kUid)}));
        QVERIFY(!inhibitor.isInhibited(port));
        QCOMPARE(released.size(), 1);
        // Both calls came from this process's one connection.
        const QStringList lines = logLines();
        QCOMPARE(lines.at(0).section(QLatin1Char(' '), -1), ModemManagerInhibitor::connection().baseService());
        QCOMPARE(lines.at(1).section(QLatin1Char(' '), -1), ModemManagerInhibitor::connection().baseService());
    }

    void twoPortsOfOneDeviceAreOneInhibition()
    {
        QVERIFY(startModemManager({QStringLiteral("--port"), QStringLiteral("ttyFAKE3"), QStringLiteral("--port"), QStringLiteral("ttyFAKE5")}));
        ModemManagerInhibitor inhibitor;
        QCOMPARE(waitFor(inhibitor, QStringLiteral("ttyFAKE3"))->result, Result::Inhibited);
        QCOMPARE(waitFor(inhibitor, QStringLiteral("ttyFAKE5"))->result, Result::Inhibited);
        inhibitor.release(QStringLiteral("ttyFAKE3"));
        QTest::qWait(300);
        QCOMPARE(calls().size(), 1); // still held for ttyFAKE5
        inhibitor.release(QStringLiteral("ttyFAKE5"));
        QVERIFY(waitForLines(2));
        QCOMPARE(calls().last(), QStringLiteral("inhibit %1 false").arg(kUid));
    }

    void nothingHappensWithoutModemManager()
    {
        ModemManagerInhibitor inhibitor;
        const auto outcome = waitFor(inhibitor, QStringLiteral("ttyFAKE3"));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::NotRunning);
        QVERIFY(outcome->message.contains(QStringLiteral("not running")));
        QVERIFY(!inhibitor.isInhibited(QStringLiteral("ttyFAKE3")));
        inhibitor.release(QStringLiteral("ttyFAKE3"));
        QVERIFY(!QFile::exists(m_log));
    }

    void nothingHappensForAPortModemManagerDoesNotManage()
    {
        QVERIFY(startModemManager({QStringLiteral("--port"), QStringLiteral("ttyUSB2")}));
        ModemManagerInhibitor inhibitor;
        const auto outcome = waitFor(inhibitor, QStringLiteral("ttyFAKE3"));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::NotManaged);
        inhibitor.release(QStringLiteral("ttyFAKE3"));
        QTest::qWait(200);
        QCOMPARE(calls(), QStringList{});
    }

    void nothingHappensWhenTurnedOff()
    {
        QVERIFY(startModemManager({QStringLiteral("--port"), QStringLiteral("ttyFAKE3")}));
        ModemManagerInhibitor inhibitor;
        inhibitor.setEnabled(false);
        const auto outcome = waitFor(inhibitor, QStringLiteral("ttyFAKE3"));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Disabled);
        QTest::qWait(200);
        QCOMPARE(calls(), QStringList{});
    }

    void aRefusalSaysWhyAndWhatToDo()
    {
        QVERIFY(startModemManager({QStringLiteral("--port"), QStringLiteral("ttyFAKE3"), QStringLiteral("--refuse")}));
        ModemManagerInhibitor inhibitor;
        QSignalSpy refused(&inhibitor, &ModemManagerInhibitor::refused);
        const auto outcome = waitFor(inhibitor, QStringLiteral("ttyFAKE3"));
        QVERIFY(outcome);
        QCOMPARE(outcome->result, Result::Refused);
        QVERIFY2(outcome->message.contains(QStringLiteral("Not authorized to control the device")), qPrintable(outcome->message));
        QVERIFY(outcome->message.contains(QStringLiteral("70-fotadesk-modems.rules")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!inhibitor.isInhibited(QStringLiteral("ttyFAKE3")));
        inhibitor.release(QStringLiteral("ttyFAKE3"));
        QTest::qWait(200);
        QCOMPARE(calls(), QStringList{QStringLiteral("inhibit %1 true").arg(kUid)}); // no release of what was never held
    }

    void aJobThatEndsBeforeTheAnswerLeavesNothingInhibited()
    {
        QVERIFY(startModemManager({QStringLiteral("--port"), QStringLiteral("ttyFAKE3"), QStringLiteral("--delay"), QStringLiteral("300")}));
        ModemManagerInhibitor inhibitor;
        std::optional<ModemManagerInhibitor::Outcome> outcome;
        inhibitor.inhibit(QStringLiteral("ttyFAKE3"), [&outcome](const ModemManagerInhibitor::Outcome &o) { outcome = o; });
        QVERIFY(waitForLines(1)); // MM has the call, answers later
        inhibitor.release(QStringLiteral("ttyFAKE3"));
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
        QCOMPARE(outcome->result, Result::Cancelled);
        QVERIFY(waitForLines(2));
        QCOMPARE(calls(), (QStringList{QStringLiteral("inhibit %1 true").arg(kUid), QStringLiteral("inhibit %1 false").arg(kUid)}));
        QVERIFY(!inhibitor.isInhibited(QStringLiteral("ttyFAKE3")));
    }

    // fotadesk-cli update holds MM off the module as the GUI does: from the
    // job's start to its end, and not at all with --no-inhibit.
    void theCliUpdateKeepsModemManagerOffForItsJob_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("inhibited");
        QTest::newRow("default") << QStringList{} << true;
        QTest::newRow("--no-inhibit") << QStringList{QStringLiteral("--no-inhibit")} << false;
    }

    void theCliUpdateKeepsModemManagerOffForItsJob()
    {
        QFETCH(QStringList, extra);
        QFETCH(bool, inhibited);
        const QString work = m_dir.filePath(QStringLiteral("cli-%1").arg(QTest::currentDataTag()).remove(QLatin1Char('-')));
        QVERIFY(QDir().mkpath(work));
        const QProcessEnvironment isolated = TestPrograms::isolated(work);
        const QString package = work + QStringLiteral("/hl.dwl");
        QCOMPARE(QProcess::execute(TestPrograms::path(QStringLiteral("fotadesk-sim")),
                                   {QStringLiteral("make-package"), QStringLiteral("--family"), QStringLiteral("sierra-hl78xx"),
                                    QStringLiteral("--model"), QStringLiteral("HL7800"), QStringLiteral("--from"),
                                    QStringLiteral("BHL7800.1.6.0.0.20180101"), QStringLiteral("--to"),
                                    QStringLiteral("BHL7800.1.7.0.0.20190101"), QStringLiteral("--size"),
                                    QStringLiteral("8192"), QStringLiteral("-o"), package}),
                 0);
        const QString link = work + QStringLiteral("/hl");
        QProcess sim;
        sim.setProcessEnvironment(isolated);
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(TestPrograms::path(QStringLiteral("fotadesk-sim")),
                  {QStringLiteral("--family"), QStringLiteral("sierra-hl78xx"), QStringLiteral("--link"), link,
                   QStringLiteral("--firmware"), QStringLiteral("BHL7800.1.6.0.0.20180101"), QStringLiteral("--time-scale"),
                   QStringLiteral("0.01"), QStringLiteral("--reboot-ms"), QStringLiteral("300")});
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(link); }, 10000));
        // MM knows the module by its tty's own name, as for a USB modem.
        QVERIFY(startModemManager({QStringLiteral("--port"), QFileInfo(QFileInfo(link).canonicalFilePath()).fileName()}));

        QProcess cli;
        QProcessEnvironment env = isolated;
        env.insert(ModemManagerInhibitor::busAddressVariable(), m_address);
        cli.setProcessEnvironment(env);
        cli.start(TestPrograms::path(QStringLiteral("fotadesk-cli")),
                  QStringList{QStringLiteral("update"), link, QStringLiteral("--package"), package, QStringLiteral("--store"),
                              work + QStringLiteral("/history.db")} + extra);
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        sim.terminate();
        sim.waitForFinished(5000);

        if (!inhibited) {
            QTest::qWait(200);
            QCOMPARE(calls(), QStringList{});
            return;
        }
        QVERIFY(waitForLines(2));
        const QStringList lines = calls();
        QCOMPARE(lines.first(), QStringLiteral("inhibit %1 true").arg(kUid));
        // Released by the call, or by the bus when the process ended before
        // the call went out: either way MM has the device back.
        QVERIFY2(lines.at(1) == QStringLiteral("inhibit %1 false").arg(kUid) || lines.at(1).startsWith(QStringLiteral("vanished")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void aKilledFotaDeskLiftsItsInhibition()
    {
        QVERIFY(startModemManager({QStringLiteral("--port"), QStringLiteral("ttyFAKE3")}));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FOTADESK_MM_CHILD_PORT"), QStringLiteral("ttyFAKE3"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine(); }, 15000));
        QCOMPARE(child.readLine().trimmed(), QStringLiteral("inhibited %1").arg(kUid).toUtf8());
        QCOMPARE(calls(), QStringList{QStringLiteral("inhibit %1 true").arg(kUid)});
        const QString sender = logLines().first().section(QLatin1Char(' '), -1);

        child.kill(); // SIGKILL: no destructor, no release call
        QVERIFY(child.waitForFinished(5000));
        QVERIFY(waitForLines(2));
        QCOMPARE(logLines().at(1), QStringLiteral("vanished %1 %2").arg(sender, kUid));
        QCOMPARE(calls().size(), 2); // never an InhibitDevice(uid, false)
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString childPort = qEnvironmentVariable("FOTADESK_MM_CHILD_PORT");
    if (!childPort.isEmpty())
        return inhibitAndWait(childPort);
    tst_MmInhibit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mminhibit.moc"
