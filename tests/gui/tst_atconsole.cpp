#include "fakeengine.h"
#include "fakefleet.h"
#include "modules/moduledriver.h"
#include "ui/console/commandhistory.h"
#include "ui/console/consolewidget.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

class tst_AtConsole : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_engine = std::make_unique<FakeEngine>();
        m_telit = FakeFleet::module(Family::TelitPfm, 0);
        m_engine->publish(m_telit);
        m_console = std::make_unique<ConsoleWidget>(m_engine.get(), m_telit.id, Family::TelitPfm);
        m_engine->consoleLines.insert(QStringLiteral("AT+CGMR"), {QStringLiteral("10.00.005")});
    }

    void cleanup()
    {
        m_console.reset();
        m_engine.reset();
    }

    void aCommandGoesToTheEngineAndItsReplyIsShown()
    {
        QTest::keyClicks(m_console->input(), QStringLiteral("AT+CGMR"));
        QTest::keyClick(m_console->input(), Qt::Key_Return);
        QCOMPARE(m_engine->consoleCommands.size(), 1);
        QCOMPARE(m_engine->consoleCommands.first().first, m_telit.id);
        QCOMPARE(m_engine->consoleCommands.first().second, QStringLiteral("AT+CGMR"));
        QVERIFY(m_console->input()->text().isEmpty());
        QTRY_VERIFY(m_console->output()->toPlainText().contains(QLatin1String("10.00.005")));
        QVERIFY(m_console->output()->toPlainText().endsWith(QLatin1String("OK")));
        QVERIFY(m_console->refusalBanner()->isHidden());
    }

    void anInhibitedCommandIsRefusedDuringAJobAndTheReasonIsShown()
    {
        m_telit.jobActive = true;
        m_telit.progress.phase = UpdatePhase::Downloading;
        m_engine->publish(m_telit);
        const QString reason = ModuleDriver::forFamily(Family::TelitPfm)->inhibitReason(QStringLiteral("AT#SGACT=1,1"),
                                                                                        UpdatePhase::Downloading);
        QVERIFY(!reason.isEmpty());

        m_console->input()->setText(QStringLiteral("AT#SGACT=1,1"));
        m_console->send();
        QTRY_VERIFY(!m_console->refusalBanner()->isHidden());
        QVERIFY2(m_console->refusalBanner()->text().contains(reason), qPrintable(m_console->refusalBanner()->text()));
        QVERIFY(m_console->output()->toPlainText().contains(reason));
        QVERIFY(m_console->output()->toPlainText().contains(QLatin1String("was not sent")));

        // A harmless command still goes through, and clears the banner.
        m_console->input()->setText(QStringLiteral("AT+CGMR"));
        m_console->send();
        QVERIFY(m_console->refusalBanner()->isHidden());
    }

    void eachReplyStandsUnderItsOwnCommand()
    {
        m_engine->consoleLines.insert(QStringLiteral("AT+CSQ"), {QStringLiteral("+CSQ: 18,99")});
        for (const char *c : {"AT+CGMR", "AT+CSQ"}) {
            m_console->input()->setText(QLatin1String(c));
            m_console->send();
        }
        QCOMPARE(m_console->waitingLabel()->text(), QStringLiteral("Waiting for the reply to AT+CGMR, AT+CSQ"));
        QTRY_VERIFY(m_console->waitingLabel()->isHidden());
        QCOMPARE(m_console->output()->toPlainText(),
                 QStringLiteral("> AT+CGMR\n10.00.005\nOK\n> AT+CSQ\n+CSQ: 18,99\nOK"));
    }

    void repliesForOtherModulesAreNotShown()
    {
        AtResult r;
        r.command = QStringLiteral("AT+CGMR");
        r.status = AtStatus::Ok;
        r.lines = {QStringLiteral("SOMEONE ELSE")};
        emit m_engine->consoleReplied(QStringLiteral("another"), r);
        QVERIFY(!m_console->output()->toPlainText().contains(QLatin1String("SOMEONE ELSE")));
    }

    void upAndDownWalkTheHistory()
    {
        for (const char *c : {"AT+CGMI", "AT+CGMR", "AT+CSQ"}) {
            m_console->input()->setText(QLatin1String(c));
            m_console->send();
        }
        QTest::keyClicks(m_console->input(), QStringLiteral("AT+C"));
        QLineEdit *input = m_console->input();
        m_console->completer()->popup()->hide();
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("AT+CSQ"));
        QTest::keyClick(input, Qt::Key_Up);
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("AT+CGMI"));
        QTest::keyClick(input, Qt::Key_Up); // stays at the oldest
        QCOMPARE(input->text(), QStringLiteral("AT+CGMI"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("AT+CGMR"));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("AT+C")); // what was being typed
    }

    void secretsAreMaskedOnScreenAndNeverKeptInTheHistory()
    {
        m_console->input()->setText(QStringLiteral("AT+CPIN=\"4711\""));
        m_console->send();
        QVERIFY(!m_console->waitingLabel()->isHidden());
        QVERIFY(!m_console->waitingLabel()->text().contains(QLatin1String("4711")));
        QTRY_VERIFY(m_console->waitingLabel()->isHidden());
        QVERIFY(m_console->output()->toPlainText().contains(QLatin1String("AT+CPIN")));
        QVERIFY(!m_console->output()->toPlainText().contains(QLatin1String("4711")));
        QVERIFY(!m_console->history().entries().join(QLatin1Char(' ')).contains(QLatin1String("4711")));
    }

    void completionOffersTheFamilysKnownCommands()
    {
        auto *model = qobject_cast<QStringListModel *>(m_console->completer()->model());
        QVERIFY(model);
        const QStringList known = ModuleDriver::forFamily(Family::TelitPfm)->knownCommands();
        QVERIFY(!known.isEmpty());
        for (const QString &c : known)
            QVERIFY2(model->stringList().contains(c), qPrintable(c));
        m_console->completer()->setCompletionPrefix(QStringLiteral("at+cg"));
        QVERIFY(m_console->completer()->completionCount() > 0);
        QVERIFY(m_console->completer()->currentCompletion().startsWith(QLatin1String("AT+CG")));
    }

private:
    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<ConsoleWidget> m_console;
    ModuleSnapshot m_telit;
};

QTEST_MAIN(tst_AtConsole)
#include "tst_atconsole.moc"
