#pragma once

#include "sierraagreement.h"
#include "sierraflow.h"
#include "transfer/ratemeter.h"

#include <QMap>
#include <QTimer>

#include <optional>

// HL78xx over the air with AirVantage (PROTOCOLS.md section 4): the module's
// own LwM2M client opens a device-management session (AT+WDSS=1,1), the
// server offers a package (+WDSI: 9), the module downloads it (+WDSI: 18 with
// percent, 10, 12) and installs it, asking for agreements on the way when
// they are switched on (+WDSI 1/2/3, answered with AT+WDSR).
//
// Agreements follow UpdateRequest::policy: Accept answers at once; Ask shows
// the person a prompt (it can only be accepted or deferred; the module asks
// again after 30 minutes); Defer defers every request by deferMinutes. For Ask
// and Defer the download and install agreements are switched on (AT+WDSC) so
// the module asks at all, and switched back when the flow ends.
//
// With an APN in the request the device-services PDP context is set first
// (AT+CGDCONT, AT+WDSS=2,<cid>); without one the module's own is used.
class SierraOtaFlow final : public SierraFlow
{
    Q_OBJECT

public:
    SierraOtaFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    SierraOtaFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                  QObject *parent = nullptr);
    ~SierraOtaFlow() override;

    void answerPrompt(const QString &promptId, PromptAnswer answer, int deferMinutes = 0) override;
    // The prompt waiting for the person's answer; empty when none.
    QString openPromptId() const { return m_promptId; }

protected:
    void begin() override;
    bool onIndication(const WdsiEvent &event, const QString &line) override;
    void onInstallRequest(const QString &line) override;
    // Defers an open request, closes the session (a download is suspended and
    // resumes next time), then Cancelled.
    void stopBeforeInstall() override;
    // During the download the module suspends it and resumes after its restart.
    void onPortLostBeforeInstall() override;
    void onBackBeforeInstall(const QString &portName) override;
    // A question still on screen is moot once the module installs.
    void onCommitted() override;
    void onWatchdog() override;

private:
    void runCommands(QStringList commands, std::function<void()> done);
    void configureAgreements();
    void startSession(const QString &command);
    void onRequest(Agreement agreement, const QString &line);
    void answer(Agreement agreement, PromptAnswer answer, int deferMinutes, const QString &line = {});
    void openPrompt(Agreement agreement, const QString &line);
    void closePrompt();
    void enterDownloading(const QString &line = {});
    void onDownloadProgress(int percent, const QString &line);
    void onFinished(const UpdateOutcome &outcome);
    void issue(const QString &command);

    QMap<int, int> m_switchesChanged; // AT+WDSC mode -> the value before the flow
    std::optional<Agreement> m_openRequest;
    QString m_promptId;
    QTimer m_promptDeadline;
    RateMeter m_meter{std::chrono::minutes(1)};
    qint64 m_packageSize = -1;
    int m_promptCount = 0;
    bool m_packageOffered = false;
    bool m_resumeDownload = false;
    bool m_connectAsked = false; // +CME ERROR: 650 to AT+WDSS then means "answer it first"
};
