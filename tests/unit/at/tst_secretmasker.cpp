#include "at/secretmasker.h"

#include <QRandomGenerator>
#include <QTest>

class tst_SecretMasker : public QObject
{
    Q_OBJECT

private slots:
    void aPackageUrlsTokenNeverReachesATranscript_data()
    {
        QTest::addColumn<QString>("line");
        const QString url = QStringLiteral("http://192.0.2.10:8080/p/0123456789abcdef0123456789abcdef/diff.usf");
        QTest::newRow("cinterion url") << QStringLiteral("AT^SNFOTA=\"url\",\"%1\"").arg(url);
        QTest::newRow("cinterion read back") << QStringLiteral("^SNFOTA: \"url\",\"%1\"").arg(url);
        QTest::newRow("sim7020 path") << QStringLiteral("AT+CHTTPTOFS=0,\"/p/0123456789abcdef0123456789abcdef/u.bin\"");
    }

    void aPackageUrlsTokenNeverReachesATranscript()
    {
        QFETCH(QString, line);
        const QString masked = SecretMasker::maskLine(line);
        QVERIFY2(!masked.contains(QLatin1String("0123456789abcdef0123456789abcdef")), qPrintable(masked));
        QVERIFY2(masked.contains(QLatin1String("/p/012345")), qPrintable(masked)); // still tells two URLs apart
    }

    void secretsAreMaskedInCommandsAndEchoes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("secret");

        QTest::newRow("PIN quoted") << "AT+CPIN=\"1234\"" << "AT+CPIN=\"***\"" << "1234";
        QTest::newRow("PIN bare") << "AT+CPIN=1234" << "AT+CPIN=***" << "1234";
        QTest::newRow("PUK and new PIN") << "AT+CPIN=\"12345678\",\"4321\""
                                         << "AT+CPIN=\"***\",\"***\"" << "4321";
        QTest::newRow("lower case") << "at+cpin=\"9876\"" << "at+cpin=\"***\"" << "9876";
        QTest::newRow("telit NAP password")
            << "AT#OTASNAPIPCFG=1,\"internet\",\"user\",\"napPass\""
            << "AT#OTASNAPIPCFG=1,\"internet\",\"user\",\"***\"" << "napPass";
        QTest::newRow("telit NAP read-back")
            << "#OTASNAPIPCFG: 1,\"internet\",\"user\",\"napPass\""
            << "#OTASNAPIPCFG: 1,\"internet\",\"user\",\"***\"" << "napPass";
        QTest::newRow("cinterion SGAUTH") << "AT^SGAUTH=1,2,\"apnPw\",\"apnUser\""
                                          << "AT^SGAUTH=1,2,\"***\",\"apnUser\"" << "apnPw";
        QTest::newRow("CGAUTH") << "AT+CGAUTH=1,1,\"u\",\"pw9\"" << "AT+CGAUTH=1,1,\"u\",\"***\""
                                << "pw9";
        QTest::newRow("lwm2m password")
            << "AT^SNLWM2M=cfg/ext,MyProfile,PASSWORD,\"lwPw\""
            << "AT^SNLWM2M=cfg/ext,MyProfile,PASSWORD,\"***\"" << "lwPw";
        QTest::newRow("lwm2m psk key")
            << "AT^SNLWM2M=cfg,MyProfile,/0/0/5,\"0011AABB\""
            << "AT^SNLWM2M=cfg,MyProfile,/0/0/5,\"***\"" << "0011AABB";
        QTest::newRow("change PIN") << "AT+CPWD=\"SC\",\"1111\",\"2222\""
                                    << "AT+CPWD=\"SC\",\"***\",\"***\"" << "2222";
        QTest::newRow("lock SIM") << "AT+CLCK=\"SC\",1,\"1111\"" << "AT+CLCK=\"SC\",1,\"***\"" << "1111";

        // Every secret-bearing command of the four families, and the read
        // answers that show credentials: only the secret field goes.
        QTest::newRow("job's PIN") << "AT+CPIN=\"98765432\"" << "AT+CPIN=\"***\"" << "98765432";
        QTest::newRow("SIM7020 APN login") << "AT*MCGDEFCONT=\"IP\",\"internet\",\"user\",\"mcgPw\""
                                           << "AT*MCGDEFCONT=\"IP\",\"internet\",\"user\",\"***\"" << "mcgPw";
        QTest::newRow("SIM7020 APN read") << "*MCGDEFCONT: \"IP\",\"internet\",\"user\",\"mcgPw\""
                                          << "*MCGDEFCONT: \"IP\",\"internet\",\"user\",\"***\"" << "mcgPw";
        QTest::newRow("SGAUTH read") << "^SGAUTH: 1,2,\"pass\",\"user\"" << "^SGAUTH: 1,2,\"***\",\"user\"" << "pass";
        QTest::newRow("CGAUTH read") << "+CGAUTH: 1,1,\"u\",\"pw9\"" << "+CGAUTH: 1,1,\"u\",\"***\"" << "pw9";
        QTest::newRow("SICS passwd") << "AT^SICS=0,\"passwd\",\"sicsPw\"" << "AT^SICS=0,\"passwd\",\"***\""
                                     << "sicsPw";
        QTest::newRow("SICS passwd read") << "^SICS: 0,\"passwd\",\"sicsPw\"" << "^SICS: 0,\"passwd\",\"***\""
                                          << "sicsPw";
        QTest::newRow("KCNXCFG") << "AT+KCNXCFG=1,\"GPRS\",\"apn\",\"login\",\"kPw\",\"IPV4\""
                                 << "AT+KCNXCFG=1,\"GPRS\",\"apn\",\"login\",\"***\",\"IPV4\"" << "kPw";
        QTest::newRow("KCNXCFG read") << "+KCNXCFG: 1,\"GPRS\",\"apn\",\"login\",\"kPw\",\"IPV4\",\"0.0.0.0\""
                                      << "+KCNXCFG: 1,\"GPRS\",\"apn\",\"login\",\"***\",\"IPV4\",\"0.0.0.0\""
                                      << "kPw";
        QTest::newRow("lwm2m APN password (note 001)")
            << "AT^SNLWM2M=cfg/ext, MODS, /0/0/10, PASSWORD, apnPw"
            << "AT^SNLWM2M=cfg/ext, MODS, /0/0/10, PASSWORD, ***" << "apnPw";
        QTest::newRow("lwm2m psk key unquoted") << "AT^SNLWM2M=cfg,LeShan,/0/0/5,00112233445566778899aabbccddeeff"
                                                << "AT^SNLWM2M=cfg,LeShan,/0/0/5,***" << "00112233445566778899aabbccddeeff";
        QTest::newRow("lwm2m psk key read") << "^SNLWM2M: cfg,LeShan,/0/0/5,\"0011AABB\""
                                            << "^SNLWM2M: cfg,LeShan,/0/0/5,\"***\"" << "0011AABB";
        QTest::newRow("echo in a note") << "refused AT+CPIN=\"4711\": inhibited" << "refused AT+CPIN=\"***\": inhibited"
                                        << "4711";
        QTest::newRow("quoted semicolon stays in the secret") << "AT^SGAUTH=1,2,\"a;b\",\"u\";+CMEE=2"
                                                              << "AT^SGAUTH=1,2,\"***\",\"u\";+CMEE=2" << "a;b";
        QTest::newRow("two secrets chained") << "AT+CPIN=1234;^SGAUTH=1,2,\"pw\",\"u\""
                                             << "AT+CPIN=***;^SGAUTH=1,2,\"***\",\"u\"" << "pw";
        // Found by fuzz_secretmasker_pin: the safety net under the parser.
        QTest::newRow("blank before a semicolon") << "AT+CSQ ;+CPIN=8264" << "AT+CSQ ;+CPIN=***" << "8264";
        QTest::newRow("read form, blank, semicolon") << "AT+CREG? ;+CPIN=8264" << "AT+CREG? ;+CPIN=***" << "8264";
        QTest::newRow("S-parameter run together") << "ATS0=0+CPIN=8264" << "ATS0=0+CPIN=***" << "8264";
        QTest::newRow("no semicolon at all") << "AT+CMEE=2 +CPIN=8264" << "AT+CMEE=2 +CPIN=***" << "8264";
        // fuzz_secretmasker's idempotence found these: the rest of a field after
        // its string's closing quote was shown, and masked only on a second pass.
        QTest::newRow("text after the closing quote") << "AT+CPIN=\"12\"8264" << "AT+CPIN=\"***\"" << "8264";
        QTest::newRow("strings read as before") << "AT+CPIN=\"16\"34,8\"721\"" << "AT+CPIN=\"***\",***" << "721";
        QTest::newRow("a second string in the field") << "AT+CPIN=\"a\"1\"b;8264\"" << "AT+CPIN=\"***\"" << "8264";
    }

    void secretsAreMaskedInCommandsAndEchoes()
    {
        QFETCH(QString, line);
        QFETCH(QString, masked);
        QFETCH(QString, secret);
        const QString out = SecretMasker::maskLine(line);
        QCOMPARE(out, masked);
        QVERIFY(!out.contains(secret));
        QVERIFY(SecretMasker::containsSecret(line));
    }

    void ordinaryLinesAreLeftAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("pin query") << "AT+CPIN?";
        QTest::newRow("pin state") << "+CPIN: SIM PIN";
        QTest::newRow("apn") << "AT+CGDCONT=1,\"IP\",\"internet\"";
        QTest::newRow("fota url") << "AT^SNFOTA=\"url\",\"http://h/diff.usf\"";
        QTest::newRow("lwm2m server") << "AT^SNLWM2M=cfg,MyProfile,/0/0/0,\"coap://h:5683\"";
        QTest::newRow("identity") << "351234567890123";
        QTest::newRow("lwm2m psk identity") << "AT^SNLWM2M=cfg,LeShan,/0/0/3,device-17";
        QTest::newRow("lwm2m user name") << "AT^SNLWM2M=cfg/ext,MODS,/0/0/10,USER_NAME,bob";
        QTest::newRow("SICS apn") << "AT^SICS=0,\"apn\",\"internet\"";
        QTest::newRow("SGAUTH read without password") << "^SGAUTH: 1,0";
        QTest::newRow("empty password") << "*MCGDEFCONT: \"IP\",\"internet\",\"\",\"\"";
        QTest::newRow("CLCK query") << "AT+CLCK=\"SC\",2";
        QTest::newRow("CLCK status") << "+CLCK: 1";
        QTest::newRow("word with at") << "what about +CPIN: READY";
        QTest::newRow("SIM PIN required") << "+CME ERROR: SIM PIN required";
    }

    void ordinaryLinesAreLeftAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(SecretMasker::maskLine(line), line);
    }

    // The spellings a module takes for the same PIN command: chained,
    // spaced, run together with basic commands, any letter case, quoted with
    // ';' inside. The PIN never survives, the rest of the line does.
    void aPinNeverSurvivesAnySpelling_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("kept");
        const QStringList pins{"1234", "0000", "98765432"};
        const QList<QPair<const char *, QString>> spellings{
            {"plain", "AT+CPIN=%1"},
            {"quoted", "AT+CPIN=\"%1\""},
            {"lower case", "at+cpin=%1"},
            {"mixed case", "At+cPiN=\"%1\""},
            {"space after AT", "AT +CPIN=%1"},
            {"space before =", "AT+CPIN =%1"},
            {"spaces around =", "AT+CPIN = \"%1\""},
            {"space in the name", "AT+CP IN=%1"},
            {"chained after CMEE", "AT+CMEE=2;+CPIN=\"%1\""},
            {"chained before CMEE", "AT+CPIN=%1;+CMEE=2"},
            {"chained with spaces", "AT+CMEE=2 ; +CPIN = %1"},
            {"after E0", "ATE0+CPIN=%1"},
            {"after E0 and V1", "ATE0V1+CPIN=\"%1\""},
            {"after &F", "AT&F+CPIN=%1"},
            {"after Z;", "ATZ;+CPIN=%1"},
            {"PUK and new PIN", "AT+CPIN=\"12345678\",\"%1\""},
            {"quoted with ;", "AT+CPIN=\"%1;x\""},
            {"change PIN", "AT+CPWD=\"SC\",\"%1\",\"%1\""},
            {"change PIN chained", "AT+CMEE=1;+CPWD=\"SC\",\"%1\",\"4321\""},
            {"lock with password", "at+clck=\"SC\",1,\"%1\""},
            {"leading blanks", "   AT+CPIN=%1"},
            {"in a note", "no answer to AT+CPIN=\"%1\" within 5000 ms"},
        };
        for (const QString &pin : pins) {
            for (const auto &[name, spelling] : spellings) {
                QTest::addRow("%s/%s", name, qPrintable(pin)) << spelling.arg(pin) << pin
                                                              << QString(spelling).section(u'%', 0, 0).left(4);
            }
        }
    }

    void aPinNeverSurvivesAnySpelling()
    {
        QFETCH(QString, line);
        QFETCH(QString, pin);
        QFETCH(QString, kept);
        const QString out = SecretMasker::maskLine(line);
        QVERIFY2(!out.contains(pin), qPrintable(out));
        QVERIFY2(out.contains(SecretMasker::mask), qPrintable(out));
        QVERIFY2(out.startsWith(kept), qPrintable(out));
        QVERIFY(SecretMasker::containsSecret(line));
        QCOMPARE(SecretMasker::maskLine(out), out); // masking twice changes nothing more
    }

    // Random spellings of secret-bearing commands: prefix case, blanks where a
    // module ignores them, basic commands and harmless extended commands
    // around them. The secret never survives.
    void noGeneratedSpellingLetsASecretThrough()
    {
        QRandomGenerator rng(16); // fixed seed: a failure can be replayed
        const QStringList before{"", "E0", "E1", "Z", "&F", "V1", "Q0", "+CMEE=2;", "+CGMI;", "&FE0", "S0=0;"};
        const QStringList after{"", ";+CMEE=2", ";+CGMR", ";Z", ";", ";+CGDCONT=1,\"IP\",\"x;y\""};
        struct Template { const char *name; const char *args; }; // %s is the secret
        const Template templates[] = {
            {"+CPIN", "%s"}, {"+CPIN", "\"%s\""}, {"+CPWD", "\"SC\",\"%s\",\"%s\""},
            {"+CLCK", "\"SC\",1,\"%s\""}, {"+CGAUTH", "1,1,\"user\",\"%s\""},
            {"^SGAUTH", "1,2,\"%s\",\"user\""}, {"*MCGDEFCONT", "\"IP\",\"apn\",\"user\",\"%s\""},
            {"#OTASNAPIPCFG", "1,\"apn\",\"user\",\"%s\""}, {"+KCNXCFG", "1,\"GPRS\",\"apn\",\"user\",\"%s\""},
            {"^SICS", "0,\"passwd\",\"%s\""}, {"^SICS", "0,passwd,%s"},
            {"^SNLWM2M", "cfg/ext,MODS,/0/0/10,PASSWORD,%s"}, {"^SNLWM2M", "cfg,LeShan,/0/0/5,%s"},
        };
        auto randomCase = [&](const QString &text) {
            QString out;
            for (QChar c : text)
                out += rng.bounded(2) ? c.toLower() : c.toUpper();
            return out;
        };
        auto blanks = [&] { return QString(int(rng.bounded(3)), u' '); };
        int hits = 0;
        int lines = 0;
        QStringList failures;
        for (int i = 0; i < 5000; ++i) {
            const Template &t = templates[rng.bounded(int(std::size(templates)))];
            const QString secret = QStringLiteral("S%1q").arg(rng.bounded(10000, 99999));
            QString args = QString::fromLatin1(t.args);
            args.replace(QLatin1String("%s"), secret);
            if (rng.bounded(2))
                args.replace(u',', blanks() + u',' + blanks());
            const QString line = randomCase(QStringLiteral("at")) + blanks()
                + before.at(rng.bounded(before.size())) + blanks() + randomCase(QString::fromLatin1(t.name))
                + blanks() + u'=' + blanks() + args + after.at(rng.bounded(after.size()));
            ++lines;
            const QString out = SecretMasker::maskLine(line);
            if (out.contains(secret, Qt::CaseInsensitive)) {
                ++hits;
                if (failures.size() < 5)
                    failures << line + QStringLiteral(" -> ") + out;
            }
        }
        QVERIFY2(hits == 0, qPrintable(QStringLiteral("%1 of %2 spellings kept their secret:\n").arg(hits).arg(lines)
                                       + failures.join(u'\n')));
    }

    void aBackupValueIsMaskedByTheAnswersName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("masked");
        QTest::newRow("MCGDEFCONT") << "*MCGDEFCONT" << "\"IP\",\"internet\",\"user\",\"pw\"" << 0
                                    << "\"IP\",\"internet\",\"user\",\"***\"";
        QTest::newRow("MCGDEFCONT without login") << "*MCGDEFCONT" << "\"IP\",\"cmnbiot\"" << 0 << "\"IP\",\"cmnbiot\"";
        QTest::newRow("SGAUTH") << "^SGAUTH" << "1,2,\"pw\",\"user\"" << 0 << "1,2,\"***\",\"user\"";
        QTest::newRow("first field dropped") << "^SGAUTH" << "2,\"pw\",\"user\"" << 1 << "2,\"***\",\"user\"";
        QTest::newRow("not secret") << "+CGDCONT" << "1,\"IP\",\"internet\"" << 0 << "1,\"IP\",\"internet\"";
    }

    void aBackupValueIsMaskedByTheAnswersName()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, offset);
        QFETCH(QString, masked);
        QCOMPARE(SecretMasker::maskArguments(name, value, offset), masked);
    }
};

QTEST_GUILESS_MAIN(tst_SecretMasker)
#include "tst_secretmasker.moc"
