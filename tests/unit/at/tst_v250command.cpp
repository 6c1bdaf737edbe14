#include "at/v250command.h"

#include <QTest>

// V.250 command lines as a module splits them: names, forms and argument
// ranges, whatever the spelling.
class tst_V250Command : public QObject
{
    Q_OBJECT

private:
    // "NAME" for an action, "NAME=args", "NAME?", "NAME=?"; basic commands
    // with a number as "E:0".
    static QStringList describe(const QString &text)
    {
        QStringList out;
        const V250::CommandLine line = V250::parseCommandLine(text);
        for (const V250::Command &c : line.commands) {
            const QString args = c.arguments.in(text).toString();
            switch (c.form) {
            case V250::Form::Action: out << (args.isEmpty() ? c.name : c.name + ':' + args); break;
            case V250::Form::Set: out << c.name + '=' + args; break;
            case V250::Form::Read: out << c.name + '?'; break;
            case V250::Form::Test: out << c.name + "=?"; break;
            }
        }
        return out;
    }

private slots:
    void aCommandLineIsSplitAsAModuleReadsIt_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("commands");

        QTest::newRow("one set") << "AT+CPIN=\"1234\"" << QStringList{"+CPIN=\"1234\""};
        QTest::newRow("lower case") << "at+cpin=1234" << QStringList{"+CPIN=1234"};
        QTest::newRow("mixed case prefix") << "At+cPin=1234" << QStringList{"+CPIN=1234"};
        QTest::newRow("blank after AT") << "AT +CPIN=1234" << QStringList{"+CPIN=1234"};
        QTest::newRow("blank before =") << "AT+CPIN =1234" << QStringList{"+CPIN=1234"};
        QTest::newRow("blanks around =") << "AT+CPIN = 1234 " << QStringList{"+CPIN=1234"};
        QTest::newRow("blank inside the name") << "AT+CP IN=1234" << QStringList{"+CPIN=1234"};
        QTest::newRow("chained") << "AT+CMEE=2;+CPIN=\"1234\"" << QStringList{"+CMEE=2", "+CPIN=\"1234\""};
        QTest::newRow("chained with blanks") << "AT+CMEE=2 ; +CPIN=1" << QStringList{"+CMEE=2", "+CPIN=1"};
        QTest::newRow("basic then extended") << "ATE0+CPIN=1234" << QStringList{"E:0", "+CPIN=1234"};
        QTest::newRow("two basic") << "ATE0Z" << QStringList{"E:0", "Z"};
        QTest::newRow("ampersand") << "AT&F" << QStringList{"&F"};
        QTest::newRow("ampersand with number") << "AT&W0E1" << QStringList{"&W:0", "E:1"};
        QTest::newRow("reset") << "ATZ" << QStringList{"Z"};
        QTest::newRow("identity") << "ATI1" << QStringList{"I:1"};
        QTest::newRow("S register") << "ATS0=1" << QStringList{"S0=1"};
        QTest::newRow("S register read") << "ATS7?" << QStringList{"S7?"};
        QTest::newRow("read") << "AT+CPIN?" << QStringList{"+CPIN?"};
        QTest::newRow("test") << "AT+CPIN=?" << QStringList{"+CPIN=?"};
        QTest::newRow("quoted semicolon kept")
            << "AT^SICS=0,\"passwd\",\"a;b\";+CMEE=2" << QStringList{"^SICS=0,\"passwd\",\"a;b\"", "+CMEE=2"};
        QTest::newRow("vendor star") << "AT*MCGDEFCONT=\"IP\",\"apn\"" << QStringList{"*MCGDEFCONT=\"IP\",\"apn\""};
        QTest::newRow("vendor hash") << "AT#OTASNAPIPCFG=1,\"apn\"" << QStringList{"#OTASNAPIPCFG=1,\"apn\""};
        QTest::newRow("vendor caret") << "at^sgauth=1,2,\"p\",\"u\"" << QStringList{"^SGAUTH=1,2,\"p\",\"u\""};
        QTest::newRow("slash in arguments") << "AT^SNLWM2M=cfg/ext,MODS,/0/0/10,PASSWORD,x"
                                            << QStringList{"^SNLWM2M=cfg/ext,MODS,/0/0/10,PASSWORD,x"};
        QTest::newRow("dial then more") << "ATD*99#;+CMEE=2" << QStringList{"D:*99#", "+CMEE=2"};
        QTest::newRow("function then reset") << "AT+CFUN=1,1" << QStringList{"+CFUN=1,1"};
        QTest::newRow("empty commands") << "AT;;+CGMI" << QStringList{"+CGMI"};
        QTest::newRow("bare AT") << "AT" << QStringList{};
        QTest::newRow("leading blanks") << "  AT+CGMI" << QStringList{"+CGMI"};
        QTest::newRow("unterminated quote runs to the end")
            << "AT+CPIN=\"12;34" << QStringList{"+CPIN=\"12;34"};
    }

    void aCommandLineIsSplitAsAModuleReadsIt()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, commands);
        QCOMPARE(describe(line), commands);
    }

    void textThatIsNoCommandLineGivesNoCommands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("response") << "+CPIN: READY";
        QTest::newRow("word") << "hello";
        QTest::newRow("empty") << "";
        QTest::newRow("just A") << "A";
    }

    void textThatIsNoCommandLineGivesNoCommands()
    {
        QFETCH(QString, text);
        const V250::CommandLine line = V250::parseCommandLine(text);
        QCOMPARE(line.prefix, -1);
        QVERIFY(line.commands.isEmpty());
    }

    void parsingStopsAtACharacterNoModuleTakes()
    {
        const QString text = QStringLiteral("AT+CGMI: oops");
        const V250::CommandLine line = V250::parseCommandLine(text);
        QCOMPARE(line.commands.size(), 1);
        QVERIFY(!line.complete);
        QCOMPARE(text.at(line.end), QChar(u':'));
    }

    void argumentRangesPointIntoTheLine()
    {
        const QString text = QStringLiteral("AT+CMEE=2;+CPIN= \"1234\" , \"5678\"");
        const V250::CommandLine line = V250::parseCommandLine(text);
        QCOMPARE(line.commands.size(), 2);
        const V250::Command &pin = line.commands.at(1);
        QCOMPARE(pin.nameRange.in(text), u"+CPIN");
        const QList<V250::Argument> args = V250::splitArguments(text, pin.arguments);
        QCOMPARE(args.size(), 2);
        QVERIFY(args.at(0).quoted);
        QCOMPARE(args.at(0).text.in(text), u"\"1234\"");
        QCOMPARE(args.at(0).value.in(text), u"1234");
        QCOMPARE(args.at(1).value.in(text), u"5678");
        QCOMPARE(pin.whole.in(text), u"+CPIN= \"1234\" , \"5678\"");
    }

    void argumentsSplitOnCommasOutsideQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("plain") << "1,2,3" << QStringList{"1", "2", "3"};
        QTest::newRow("quoted comma") << "\"a,b\",c" << QStringList{"a,b", "c"};
        QTest::newRow("empty fields") << "1,,\"\"" << QStringList{"1", "", ""};
        QTest::newRow("blanks") << " 1 , \"x\" " << QStringList{"1", "x"};
        QTest::newRow("unterminated") << "1,\"ab,c" << QStringList{"1", "ab,c"};
    }

    void argumentsSplitOnCommasOutsideQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, values);
        QStringList got;
        for (const V250::Argument &a : V250::splitArguments(text, {0, text.size()}))
            got << a.value.in(text).toString();
        QCOMPARE(got, values);
    }

    void responsesGiveTheirNameAndArguments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("arguments");
        QTest::newRow("caret") << "^SGAUTH: 1,2,\"pw\",\"u\"" << "^SGAUTH" << "1,2,\"pw\",\"u\"";
        QTest::newRow("no blank") << "+WDSI:3" << "+WDSI" << "3";
        QTest::newRow("lower case") << "*mcgdefcont: \"IP\",\"a\"" << "*MCGDEFCONT" << "\"IP\",\"a\"";
        QTest::newRow("blank before colon") << "#OTASNAPIPCFG : 1" << "#OTASNAPIPCFG" << "1";
    }

    void aBlankEndsAnAnswersName()
    {
        QVERIFY(!V250::parseResponse(u"+CME ERROR: 3").has_value());
    }

    void responsesGiveTheirNameAndArguments()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, arguments);
        const auto r = V250::parseResponse(text);
        QVERIFY(r.has_value());
        QCOMPARE(r->name, name);
        QCOMPARE(r->arguments.in(text).toString(), arguments);
    }

    void commandLinesAreFoundInsideLongerText()
    {
        const QString text = QStringLiteral("WHAT: refused AT+CPIN=1 (at the wrong time)");
        const QList<qsizetype> starts = V250::commandLineCandidates(text);
        QCOMPARE(starts, (QList<qsizetype>{14, 25}));
    }
};

QTEST_GUILESS_MAIN(tst_V250Command)
#include "tst_v250command.moc"
