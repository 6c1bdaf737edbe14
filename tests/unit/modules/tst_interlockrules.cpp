#include "modules/family.h"
#include "modules/moduledriver.h"
#include "modules/updatetypes.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QTest>

// The update interlock reads a command line as the module would (V.250: ';'
// chains, blanks anywhere, any case, basic commands run together), so no
// spelling of a forbidden command reaches a module that checks, installs or
// downloads firmware. Each family's rules come from its vendor's note.
class tst_InterlockRules : public QObject
{
    Q_OBJECT

    static QList<Family> families()
    {
        return {Family::TelitPfm, Family::Cinterion, Family::SimcomSim7020, Family::SierraHl78xx};
    }

    static QString phaseName(UpdatePhase p)
    {
        return QString::fromLatin1(QMetaEnum::fromType<UpdatePhase>().valueToKey(int(p)));
    }

    static void row(Family f, UpdatePhase p, const QString &line, bool refused, const char *what)
    {
        QTest::addRow("%s %s %s: %s", qPrintable(familyId(f)), qPrintable(phaseName(p)), what,
                      qPrintable(line))
            << f << p << line << refused;
    }

    // The same line and verdict for every family.
    static void everyFamily(UpdatePhase p, const QString &line, bool refused, const char *what)
    {
        for (Family f : families())
            row(f, p, line, refused, what);
    }

    static QString reason(Family f, const QString &line, UpdatePhase p)
    {
        const ModuleDriver *driver = ModuleDriver::forFamily(f);
        return driver ? driver->inhibitReason(line, p) : QStringLiteral("no driver");
    }

    static void columns()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("refused");
    }

private slots:
    void aResetIsRefusedInEverySpellingWhileTheModuleChecksOrInstalls_data()
    {
        columns();
        const QList<UpdatePhase> window{UpdatePhase::Downloaded, UpdatePhase::Verifying, UpdatePhase::Installing,
                                        UpdatePhase::Rebooting};
        for (UpdatePhase p : window) {
            everyFamily(p, "AT+CFUN=1,1", true, "the reset");
            everyFamily(p, "AT+CMEE=2;+CFUN=1,1", true, "chained after ';'");
            everyFamily(p, "AT +CFUN=1,1", true, "a blank after AT");
            everyFamily(p, "at+cfun=1,1", true, "lower case");
            everyFamily(p, "ATE0Z", true, "ATZ run together with ATE0");
        }
        const UpdatePhase i = UpdatePhase::Installing;
        everyFamily(i, "AT+ C FUN = 1 , 1", true, "blanks inside the name and around the arguments");
        everyFamily(i, "aT+CgMr;+cFuN=1,1", true, "mixed case, chained");
        everyFamily(i, "AT+CGMR+CFUN=1,1", true, "chained without ';' after an action");
        everyFamily(i, "AT+CMEE=2+CFUN=1,1", true, "hidden in a set form's arguments without ';'");
        everyFamily(i, "AT+CFUN=0", true, "radio and SIM off");
        everyFamily(i, "AT+CFUN=4", true, "flight mode");
        everyFamily(i, "AT+CFUN=01,1", true, "a leading zero");
        everyFamily(i, "AT+CFUN", true, "the action form");
        everyFamily(i, "ATZ", true, "profile reset");
        everyFamily(i, "ATZ0", true, "profile reset with its number");
        everyFamily(i, "AT Z", true, "profile reset after a blank");
        everyFamily(i, "ATZ?", true, "a module may run Z before it rejects '?'");
        everyFamily(i, "AT&F", true, "factory defaults");
        everyFamily(i, "AT&F0", true, "factory defaults with its number");
        everyFamily(i, "ATE0&F", true, "factory defaults run together");
        everyFamily(i, "AT^SMSO", true, "Cinterion's switch-off");
        everyFamily(i, "AT#SHDN", true, "Telit's shutdown");
        everyFamily(i, "AT#REBOOT", true, "Telit's reboot");
        everyFamily(i, "AT#ENHRST=1,0", true, "Telit's enhanced reset");
        everyFamily(i, "AT+CPOF", true, "Sierra's power-off");
        everyFamily(i, "AT+CPOWD=1", true, "SIMCom's power-off");
        everyFamily(i, "AT+CRESET", true, "SIMCom's reset");
        everyFamily(i, "AT+CPWROFF", true, "3GPP power-off");

        everyFamily(i, "AT+CFUN?", false, "reading the functionality");
        everyFamily(i, "AT+CFUN=?", false, "testing the functionality");
        everyFamily(i, "AT+CFUN=1", false, "full functionality neither restarts nor switches off");
        everyFamily(i, "AT+CGMR", false, "the firmware version");
        everyFamily(i, "AT+CSQ;+CGMR", false, "harmless commands chained");
        everyFamily(i, "ATE0", false, "echo off");
        everyFamily(i, "AT&W", false, "storing the profile neither resets nor switches off");
        everyFamily(i, "AT", false, "a bare AT");
        everyFamily(i, "AT+CGDCONT=1,\"IP\",\"a;+CFUN=1,1\"", false, "the reset only inside a string");

        for (UpdatePhase p : {UpdatePhase::Preparing, UpdatePhase::Verified, UpdatePhase::Failed,
                              UpdatePhase::Cancelled}) {
            everyFamily(p, "AT+CFUN=1,1", false, "no update runs");
            everyFamily(p, "ATE0Z", false, "no update runs");
            everyFamily(p, "AT+CGMR\rAT+CFUN=1,1", false, "nothing guarded");
        }
    }

    void aResetIsRefusedInEverySpellingWhileTheModuleChecksOrInstalls()
    {
        QFETCH(Family, family);
        QFETCH(UpdatePhase, phase);
        QFETCH(QString, line);
        QFETCH(bool, refused);
        const QString why = reason(family, line, phase);
        QVERIFY2(why.isEmpty() != refused, qPrintable(why.isEmpty() ? QStringLiteral("allowed") : why));
    }

    void aLineTheInterlockCannotReadIsRefusedWhileAnUpdateRuns_data()
    {
        columns();
        for (UpdatePhase p : {UpdatePhase::Downloading, UpdatePhase::Verifying, UpdatePhase::Installing}) {
            everyFamily(p, "AT+CGMR\rAT+CFUN=1,1", true, "a second line after CR");
            everyFamily(p, "AT+CGMR\nATZ", true, "a second line after LF");
            everyFamily(p, "AT+CGDCONT=1,\"IP", true, "an unterminated string");
            everyFamily(p, "AT+CGMR\x1b", true, "a control character");
            everyFamily(p, "AT+CGMR ~!", true, "a character no module takes");
            everyFamily(p, "AT+=1", true, "a prefix with no name");
            everyFamily(p, "hello AT+CGMR", true, "text before AT");
            everyFamily(p, "A/", true, "A/ repeats the last line, unseen");
            everyFamily(p, "+++", true, "no AT");
        }
        everyFamily(UpdatePhase::Installing, "AT+CGMR", false, "the same command, readable");
        everyFamily(UpdatePhase::Installing, "  AT+CGMR  ", false, "blanks around it");
        everyFamily(UpdatePhase::Installing, "", false, "an empty line");
        everyFamily(UpdatePhase::Preparing, "AT+CGDCONT=1,\"IP", false, "no update runs yet");
        everyFamily(UpdatePhase::Verified, "hello AT+CGMR", false, "the update is over");
    }

    void aLineTheInterlockCannotReadIsRefusedWhileAnUpdateRuns()
    {
        aResetIsRefusedInEverySpellingWhileTheModuleChecksOrInstalls();
    }

    void eachFamilyRefusesWhatItsNoteForbids_data()
    {
        columns();
        // Telit PFM (note 000, 3.1.2/4.1.2/5.1.2): the inhibited commands and
        // never a power-off during the download; the running flow answers the
        // server and holds the registration.
        const Family t = Family::TelitPfm;
        const UpdatePhase d = UpdatePhase::Downloading;
        row(t, d, "AT#SGACT=1,1", true, "inhibited");
        row(t, d, "AT+CGMR;#SGACT=1,1", true, "inhibited, chained");
        row(t, d, "at#gprs=1", true, "inhibited, lower case");
        row(t, d, "AT+CGATT=0", true, "inhibited");
        row(t, d, "AT+CGACT=0,1", true, "inhibited");
        row(t, d, "ATD*99#", true, "a dial");
        row(t, d, "ATE0DT0123456", true, "a dial run together");
        row(t, d, "AT+COPS=2", true, "deregistration");
        row(t, d, "AT+COPS = 2", true, "deregistration with blanks");
        row(t, d, "AT+CFUN=4", true, "flight mode");
        row(t, d, "AT+CGCLASS=\"B\"", true, "inhibited");
        row(t, d, "AT+CFUN=1,1", true, "no power-off or reset during the download");
        row(t, d, "AT#SHDN", true, "no power-off during the download");
        row(t, d, "AT#OTASUAN=0", true, "the flow answers the server");
        row(t, d, "AT#OTAIPUPD", true, "a second update request");
        row(t, d, "AT#OTASNAPIPCFG=1,\"apn\",\"user\",\"pw\"", true, "the registration moved");
        row(t, UpdatePhase::Installing, "AT#SGACT=1,1", true, "inhibited while flashing");
        row(t, UpdatePhase::WaitingForServer, "AT+CGATT=0", true, "inhibited for the whole TCP update");
        row(t, d, "AT#SGACT?", false, "a read");
        row(t, d, "AT+CGATT=?", false, "a test");
        row(t, d, "AT#OTASUAN?", false, "a read");
        row(t, d, "AT+COPS=0", false, "automatic registration");
        row(t, d, "AT+COPS?", false, "a read");
        row(t, d, "ATI", false, "identification");
        row(t, UpdatePhase::Preparing, "AT#SGACT=1,1", false, "before the update");

        // Cinterion (note 001): the running flow owns ^SNFOTA and ^SNLWM2M; a
        // second ^SFDL would restart the install.
        const Family c = Family::Cinterion;
        row(c, UpdatePhase::Installing, "AT^SNFOTA=\"act\",0", true, "abort while installing");
        row(c, UpdatePhase::Installing, "AT^SNFOTA=act,2", true, "a second download while installing");
        row(c, d, "AT^SNFOTA=\"url\",\"http://h/x.usf\"", true, "the URL changed under the download");
        row(c, d, "AT+CMEE=2;^SNFOTA=\"act\",0", true, "abort, chained");
        row(c, UpdatePhase::Downloaded, "AT^SFDL=2", true, "a second install");
        row(c, UpdatePhase::Installing, "at^sfdl", true, "the download mode");
        row(c, d, "AT^SNLWM2M=act,MODS,stop", true, "the LwM2M client stopped");
        row(c, d, "AT^SNFOTA?", false, "a read");
        row(c, UpdatePhase::Installing, "ATI1", false, "the revision");
        row(c, UpdatePhase::Preparing, "AT^SNFOTA=\"act\",0", false, "before the update");

        // SIMCom (note 003): the flash commands and CFOTA belong to the update.
        const Family s = Family::SimcomSim7020;
        row(s, UpdatePhase::Installing, "AT+CFLE=0,0,1", true, "an erase");
        row(s, UpdatePhase::Installing, "AT+CFLW=0,0,10,0,30", true, "a write");
        row(s, UpdatePhase::Transferring, "AT+CSQ;+CFLW=0,0,10,0,30", true, "a second write, chained");
        row(s, UpdatePhase::Verifying, "AT+CFOTA=5,313,f1351d44d9a338c867046ebf16ec62d1", true,
            "a second install while the package is checked");
        row(s, d, "at + cfota = 1", true, "a second download");
        row(s, d, "AT+IPR=9600", true, "a rate change");
        row(s, d, "AT+CFUN=0", true, "radio off");
        row(s, d, "AT+CGACT=0,1", true, "the PDP context down");
        row(s, d, "AT*MCGDEFCONT=\"IP\",\"apn\"", true, "the APN changed");
        row(s, d, "AT+CHTTPDESTROY=0", true, "the HTTP client destroyed");
        row(s, UpdatePhase::Installing, "AT+CFOTA=?", false, "a test");
        row(s, d, "AT+IPR?", false, "a read");
        row(s, d, "AT+IPR=?", false, "a test");
        row(s, d, "AT*MCGDEFCONT?", false, "a read");
        row(s, d, "AT+CGACT=1,1", false, "the context up");

        // Sierra (note 004): the flow answers the agreements and holds the session.
        const Family w = Family::SierraHl78xx;
        row(w, UpdatePhase::Verifying, "AT+WDSR=4", true, "a second install agreement");
        row(w, UpdatePhase::Verifying, "AT+CFUN=1,1", true, "a reset while the signature is checked");
        row(w, UpdatePhase::Verifying, "AT+CFUN=0", true, "a power-off while the signature is checked");
        row(w, d, "AT+WDSS=1,0", true, "the session stopped");
        row(w, d, "AT + wdss = 1 , 0", true, "the session stopped, spaced");
        row(w, d, "AT+WDS=1,0", true, "the session stopped, older firmware");
        row(w, UpdatePhase::Transferring, "AT+WDSD=100", true, "a second local download");
        row(w, UpdatePhase::Transferring, "AT+WSDS=100", true, "a second local download, note spelling");
        row(w, d, "AT+CSQ;+WDSC=1,1", true, "the agreements changed, chained");
        row(w, d, "AT+WDSS?", false, "a read");
        row(w, d, "AT+WDSS=2,1", false, "the PDP of the sync");
        row(w, d, "AT+WDSI=?", false, "a test");
        row(w, UpdatePhase::Preparing, "AT+WDSR=3", false, "before the update");
    }

    void eachFamilyRefusesWhatItsNoteForbids()
    {
        aResetIsRefusedInEverySpellingWhileTheModuleChecksOrInstalls();
    }

    // The console may send any text: a line of many prefixes, chained or hidden
    // in arguments, is read once, not once per prefix.
    void aLongLineOfPrefixesIsReadInLinearTime_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addRow("chained set forms") << QStringLiteral(";+COPS=0");
        QTest::addRow("hidden in arguments") << QStringLiteral("+COPS=0");
        QTest::addRow("basic commands") << QStringLiteral("AT ");
        QTest::addRow("prefixes only") << QStringLiteral("+");
    }

    void aLongLineOfPrefixesIsReadInLinearTime()
    {
        QFETCH(QString, unit);
        const auto timeFor = [&](int repeats) {
            const QString line = QStringLiteral("AT+CGMR") + unit.repeated(repeats);
            QElapsedTimer timer;
            timer.start();
            for (Family f : families())
                reason(f, line, UpdatePhase::Downloading);
            return timer.nsecsElapsed();
        };
        timeFor(2000); // warm up the rule lists
        const qint64 small = timeFor(4000);
        const qint64 large = timeFor(64000);
        // 16 times the text: linear reading takes about 16 times as long,
        // quadratic 256 times.
        QVERIFY2(large < 64 * qMax<qint64>(small, 1000000), qPrintable(QStringLiteral("%1 ns for 4000, %2 ns for 64000").arg(small).arg(large)));
        qInfo().noquote() << unit << small / 1000 << "us for 4000 repeats," << large / 1000 << "us for 64000";
    }

    void theRefusalNamesTheCommandWithoutItsSecrets_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("secret");
        QTest::newRow("the reset, chained") << Family::SimcomSim7020 << UpdatePhase::Installing
                                            << "AT+CMEE=2;+CFUN=1,1" << "AT+CFUN=1,1" << QString();
        QTest::newRow("the reset, spaced") << Family::SierraHl78xx << UpdatePhase::Verifying << "AT + cfun = 1 , 1"
                                           << "AT+CFUN=1,1" << QString();
        QTest::newRow("a basic reset run together") << Family::Cinterion << UpdatePhase::Installing << "ATE0Z"
                                                    << "ATZ" << QString();
        QTest::newRow("factory defaults") << Family::TelitPfm << UpdatePhase::Installing << "at&f"
                                          << "AT&F" << QString();
        QTest::newRow("hidden in arguments") << Family::TelitPfm << UpdatePhase::Installing << "AT+CMEE=2+CFUN=1,1"
                                             << "AT+CFUN=1,1" << QString();
        QTest::newRow("the PFM bearer with its password")
            << Family::TelitPfm << UpdatePhase::Downloading << "AT#OTASNAPIPCFG=1,\"apn\",\"user\",\"s3cr3t\""
            << "AT#OTASNAPIPCFG" << "s3cr3t";
        QTest::newRow("the SIM7020 APN with its password")
            << Family::SimcomSim7020 << UpdatePhase::Downloading << "AT*MCGDEFCONT=\"IP\",\"apn\",\"u\",\"pw9876\""
            << "AT*MCGDEFCONT" << "pw9876";
        QTest::newRow("a PIN before an unreadable rest")
            << Family::SierraHl78xx << UpdatePhase::Installing << "AT+CPIN=\"4321" << QString() << "4321";
        QTest::newRow("a password after CR")
            << Family::Cinterion << UpdatePhase::Downloading << "AT\rAT^SGAUTH=1,2,\"hunter22\",\"u\""
            << QString() << "hunter22";
    }

    void theRefusalNamesTheCommandWithoutItsSecrets()
    {
        QFETCH(Family, family);
        QFETCH(UpdatePhase, phase);
        QFETCH(QString, line);
        QFETCH(QString, named);
        QFETCH(QString, secret);
        const QString why = reason(family, line, phase);
        QVERIFY2(!why.isEmpty(), "allowed");
        if (!named.isEmpty())
            QVERIFY2(why.contains(named), qPrintable(why));
        if (!secret.isEmpty())
            QVERIFY2(!why.contains(secret), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(tst_InterlockRules)
#include "tst_interlockrules.moc"
