#include "fakeengine.h"
#include "fakefleet.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/update/promptbar.h"
#include "ui/update/promptcard.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

namespace {

UpdatePrompt telitQuestion(qint64 secondsLeft)
{
    UpdatePrompt p;
    p.id = QStringLiteral("pfm-1");
    p.kind = UpdatePrompt::Kind::TelitUpgradeRequest;
    p.text = QStringLiteral("The PFM server offers new firmware. Upgrade now?");
    p.deadlineMsecs = QDateTime::currentMSecsSinceEpoch() + secondsLeft * 1000;
    return p;
}

} // namespace

class tst_AgreementPrompts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_engine = std::make_unique<FakeEngine>();
        m_fleet = std::make_unique<FleetModel>();
        m_fleet->attach(m_engine.get());
        m_bar = std::make_unique<PromptBar>(m_engine.get(), m_fleet.get());
        m_telit = FakeFleet::module(Family::TelitPfm, 0);
        m_engine->publish(m_telit);
    }

    void cleanup()
    {
        m_bar.reset();
        m_fleet.reset();
        m_engine.reset();
    }

    void aPromptShowsTheModuleTheQuestionAndALiveCountdown()
    {
        QVERIFY(m_bar->isHidden());
        emit m_engine->promptRequested(m_telit.id, telitQuestion(60));
        QVERIFY(!m_bar->isHidden());
        QCOMPARE(m_bar->cards().size(), 1);
        PromptCard *card = m_bar->cards().first();
        QVERIFY(card->findChildren<QLabel *>().size() >= 3);
        bool hasQuestion = false;
        for (QLabel *l : card->findChildren<QLabel *>())
            hasQuestion = hasQuestion || l->text().contains(QLatin1String("Upgrade now?"));
        QVERIFY(hasQuestion);
        QCOMPARE(card->countdownLabel()->text(), QStringLiteral("Answer within 1:00"));

        // The countdown runs by itself.
        QTRY_VERIFY_WITH_TIMEOUT(card->countdownLabel()->text() == QStringLiteral("Answer within 0:59"), 3000);
        QVERIFY(card->remainingMs() <= 59000);
    }

    void acceptingReachesTheEngine()
    {
        emit m_engine->promptRequested(m_telit.id, telitQuestion(60));
        PromptCard *card = m_bar->card(m_telit.id, QStringLiteral("pfm-1"));
        QVERIFY(card);
        QVERIFY(!card->deferButton()->text().isEmpty());
        card->acceptButton()->click();
        QCOMPARE(m_engine->answers.size(), 1);
        QCOMPARE(m_engine->answers.first().moduleId, m_telit.id);
        QCOMPARE(m_engine->answers.first().promptId, QStringLiteral("pfm-1"));
        QCOMPARE(m_engine->answers.first().answer, PromptAnswer::Accept);
        // One answer per question.
        QVERIFY(!card->acceptButton()->isEnabled());

        emit m_engine->promptClosed(m_telit.id, QStringLiteral("pfm-1"));
        QVERIFY(m_bar->cards().isEmpty());
        QVERIFY(m_bar->isHidden());
    }

    void anHl78xxAgreementCanBeDeferred()
    {
        const ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 1);
        m_engine->publish(hl);
        UpdatePrompt p;
        p.id = QStringLiteral("wdsi-dl");
        p.kind = UpdatePrompt::Kind::DownloadAgreement;
        p.text = QStringLiteral("Download the package now?");
        p.canDefer = true;
        p.deferMinutes = 30;
        emit m_engine->promptRequested(hl.id, p);
        PromptCard *card = m_bar->card(hl.id, p.id);
        QCOMPARE(card->countdownLabel()->text(), QStringLiteral("No deadline"));
        QVERIFY(card->deferButton()->text().contains(QLatin1String("30")));
        card->deferButton()->click();
        QCOMPARE(m_engine->answers.first().answer, PromptAnswer::Defer);
        QCOMPARE(m_engine->answers.first().deferMinutes, 30);
    }

    void aLapsedDeadlineDisablesTheAnswers()
    {
        emit m_engine->promptRequested(m_telit.id, telitQuestion(-1));
        PromptCard *card = m_bar->card(m_telit.id, QStringLiteral("pfm-1"));
        QVERIFY(!card->acceptButton()->isEnabled());
        QVERIFY(card->countdownLabel()->text().startsWith(QLatin1String("Time is up")));
    }

    void promptsOfSeveralModulesStack()
    {
        const ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 1);
        m_engine->publish(hl);
        emit m_engine->promptRequested(m_telit.id, telitQuestion(60));
        UpdatePrompt p;
        p.id = QStringLiteral("install");
        p.text = QStringLiteral("Install now?");
        emit m_engine->promptRequested(hl.id, p);
        QCOMPARE(m_bar->cards().size(), 2);
        emit m_engine->promptClosed(m_telit.id, QStringLiteral("pfm-1"));
        QCOMPARE(m_bar->cards().size(), 1);
        QCOMPARE(m_bar->cards().first()->moduleId(), hl.id);
    }

private:
    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<FleetModel> m_fleet;
    std::unique_ptr<PromptBar> m_bar;
    ModuleSnapshot m_telit;
};

QTEST_MAIN(tst_AgreementPrompts)
#include "tst_agreementprompts.moc"
