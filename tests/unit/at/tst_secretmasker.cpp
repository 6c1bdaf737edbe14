#include "at/secretmasker.h"

#include <QTest>

class tst_SecretMasker : public QObject
{
    Q_OBJECT

private slots:
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
    }

    void ordinaryLinesAreLeftAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(SecretMasker::maskLine(line), line);
    }
};

QTEST_GUILESS_MAIN(tst_SecretMasker)
#include "tst_secretmasker.moc"
