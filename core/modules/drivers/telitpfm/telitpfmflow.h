#pragma once

#include "modules/updateflow.h"
#include "pfmevent.h"

#include <QTimer>

#include <chrono>
#include <functional>

// Telit Premium FOTA Management (PROTOCOLS.md section 1): the module's own
// FOTA client talks to the PFM server; FotaDesk fixes the serial rate,
// configures and registers, answers the server's upgrade request by policy and
// follows the #OTAEV events through download, install, reboot and the server
// notification, then checks the firmware the module runs.
//
// The server protocol is the request's choice, or follows from it: an SMS
// number only is the SMS protocol (AT#OTASNAP); an address and a number the
// combined SMS-TCP/IP protocol (IP registration with <mynumber>, triggered by
// the server's SMS); an address only the TCP/IP-only protocol, which FotaDesk
// starts with AT#OTAIPUPD. Neither: the registration stored in the module is
// used and FotaDesk waits for the server.
class TelitPfmFlow final : public UpdateFlow
{
    Q_OBJECT

public:
    enum class Protocol { Stored, Sms, SmsTcpIp, TcpIp };
    Q_ENUM(Protocol)

    // The durations and assumed values of the PFM steps. Defaults come from the
    // driver's documented timeouts and the request's overrides; tests shorten them.
    struct Options
    {
        std::chrono::milliseconds command{5000};
        std::chrono::milliseconds registration{std::chrono::minutes(5)};
        std::chrono::milliseconds serverWait{std::chrono::minutes(30)};
        std::chrono::milliseconds answerWindow{std::chrono::seconds(60)}; // PFM: answer in 60 s
        std::chrono::milliseconds download{std::chrono::minutes(30)};
        std::chrono::milliseconds install{std::chrono::minutes(15)};
        std::chrono::milliseconds reboot{std::chrono::minutes(3)};
        // After the reboot: for "Module Upgraded To New FW" while the module
        // does not already run the new firmware (a flash resumed after a power
        // cut keeps the AT interface frozen and the old version for a while).
        std::chrono::milliseconds confirmation{std::chrono::minutes(3)};
        // Once the new firmware is verified: for "Server notified"; the job then
        // ends verified either way (the module keeps notifying on its own).
        std::chrono::milliseconds notification{std::chrono::seconds(60)};
        // **assumed** (the note is silent): <bearer> of AT#OTASNAPIPCFG, 1 = GPRS.
        int bearer = 1;
        // Also store the server address with AT#OTAIPCFG.
        bool storeServerAddress = false;
    };

    static Options defaultOptions(const UpdateRequest &request);
    static Protocol protocolFor(const UpdateRequest &request);

    TelitPfmFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    TelitPfmFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                 QObject *parent = nullptr);
    ~TelitPfmFlow() override;

    void start() override;
    void cancel() override;
    void answerPrompt(const QString &promptId, PromptAnswer answer, int deferMinutes = 0) override;
    // Only before the download starts: once the module downloads, it finishes on
    // its own whatever FotaDesk does.
    bool isCancellable() const override;

    const Options &options() const { return m_options; }
    // The prompt waiting for the person's answer; empty when none.
    QString openPromptId() const { return m_promptId; }

protected:
    void onWatchdog() override;

private:
    using Step = std::function<void(const AtResult &)>;

    void send(const QString &command, Step onOk);
    void failCommand(const AtResult &result);
    void onRateRead(const AtResult &result);
    void ensureEvents();
    void configure();
    void registerOverIp(const QString &myNumber);
    static QString ownNumber(const AtResult &result);
    void sendNextConfigCommand();
    void registered(const QString &rawLine);
    void waitForServer(const QString &message, const QString &rawLine = {});
    void onEvent(const QString &line);
    void onUpgradeQuestion(const QString &line);
    void acceptRequest();
    void onRequestLapsed();
    void closePrompt();
    void onDisconnected();
    void onReconnected(const QString &portName);
    void onModuleUpgraded(const QString &line);
    void verifyFirmware();
    void sendAccept(int retries);
    void readFirmwareEarly();
    bool isNewFirmware(const QString &firmware) const;
    void checkFirmware(const QString &firmware);
    void finishVerified();

    Options m_options;
    Protocol m_protocol = Protocol::Stored;
    QString m_firmwareBefore;
    QString m_verifiedFirmware;
    QString m_promptId;
    QStringList m_configCommands;
    QTimer m_answerWindow;  // the server's 60 s for an answer
    int m_promptCount = 0;
    bool m_requestOpen = false;
    bool m_upgradedSeen = false;
    bool m_notifiedSeen = false;
    bool m_verifying = false;
    bool m_started = false;
};
