#include "modules/drivers/telitpfm/pfmevent.h"

#include <QTest>

// Every #OTAEV line of PROTOCOLS.md section 1, in the spellings firmwares use.
class tst_TelitPfmEvents : public QObject
{
    Q_OBJECT

private slots:
    void everyOtaevLineMapsToItsEvent_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<PfmEvent>("event");

        QTest::newRow("registered") << "#OTAEV: Registered" << PfmEvent::Registered;
        QTest::newRow("registered upper") << "#OTAEV: REGISTERED" << PfmEvent::Registered;
        QTest::newRow("automatic Fw") << "#OTAEV: Automatic Fw Upgrade Requested"
                                      << PfmEvent::AutomaticUpgradeRequested;
        QTest::newRow("automatic FW") << "#OTAEV: Automatic FW Upgrade Requested"
                                      << PfmEvent::AutomaticUpgradeRequested;
        QTest::newRow("question") << "#OTAEV: Do you want to upgrade the firmware?"
                                  << PfmEvent::UpgradeQuestion;
        QTest::newRow("question without ?") << "#OTAEV: Do you want to upgrade the firmware"
                                            << PfmEvent::UpgradeQuestion;
        QTest::newRow("start Fw") << "#OTAEV: Start Fw Download" << PfmEvent::DownloadStarted;
        QTest::newRow("start FW") << "#OTAEV: Start FW Download" << PfmEvent::DownloadStarted;
        QTest::newRow("complete Fw") << "#OTAEV: Fw Download Complete" << PfmEvent::DownloadComplete;
        QTest::newRow("complete FW") << "#OTAEV: FW Download Complete" << PfmEvent::DownloadComplete;
        QTest::newRow("upgraded FW") << "#OTAEV: Module Upgraded To New FW" << PfmEvent::ModuleUpgraded;
        QTest::newRow("upgraded Fw") << "#OTAEV: Module Upgraded To New Fw" << PfmEvent::ModuleUpgraded;
        QTest::newRow("notified successful") << "#OTAEV: Server notified about successful FW Upgrade"
                                             << PfmEvent::ServerNotified;
        QTest::newRow("notified successfull") << "#OTAEV: Server notified about successfull Fw Upgrade"
                                              << PfmEvent::ServerNotified;
        QTest::newRow("failed") << "#OTAEV: OTA FW Upgrade Failed" << PfmEvent::UpgradeFailed;
        QTest::newRow("failed Fw") << "#OTAEV: OTA Fw Upgrade Failed" << PfmEvent::UpgradeFailed;
        QTest::newRow("query notified") << "#OTAEV: Notified" << PfmEvent::Notified;
        QTest::newRow("lower-case prefix") << "#otaev: start fw download" << PfmEvent::DownloadStarted;
        QTest::newRow("no space after colon") << "#OTAEV:Registered" << PfmEvent::Registered;
        QTest::newRow("extra blanks") << "  #OTAEV:   Fw  Download   Complete  " << PfmEvent::DownloadComplete;
        QTest::newRow("unknown event") << "#OTAEV: Something New" << PfmEvent::Unknown;
        // A byte the line changed still names the event it was.
        QTest::newRow("question, one byte changed") << QString::fromLatin1("#OTAEV: Do you want to upgrade \xb7he firmware?")
                                                    << PfmEvent::UpgradeQuestion;
        QTest::newRow("download complete, two bytes lost") << "#OTAEV: Fw Downlad Complee" << PfmEvent::DownloadComplete;
        QTest::newRow("notified, one byte changed") << "#OTAEV: Notifixd" << PfmEvent::Notified;
        QTest::newRow("too far from any event") << "#OTAEV: Start Fx Dxwnlxad" << PfmEvent::Unknown;
        QTest::newRow("short and two bytes off") << "#OTAEV: Regixterxd" << PfmEvent::Unknown;
        QTest::newRow("not an OTAEV line") << "+CREG: 1" << PfmEvent::Unknown;
        QTest::newRow("empty") << "" << PfmEvent::Unknown;
    }

    void everyOtaevLineMapsToItsEvent()
    {
        QFETCH(QString, line);
        QFETCH(PfmEvent, event);
        QCOMPARE(parsePfmEvent(line), event);
    }
};

QTEST_GUILESS_MAIN(tst_TelitPfmEvents)
#include "tst_telitpfmevents.moc"
