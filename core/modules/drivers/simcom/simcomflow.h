#pragma once

#include "modules/updateflow.h"
#include "simcomurcs.h"
#include "transfer/flashwriter.h"

#include <chrono>
#include <functional>

// What the three SIM7020 update methods (PROTOCOLS.md section 3) share: the
// serial rate fixed first (the module reports URCs only at a fixed rate), then
// the method's own delivery of the package, then one install path: AT+CFOTA=5
// (or the FOTA client's own "Start to update"), the reboot, the +CFOTA result
// and AT+CGMR. A method subclasses this and implements deliver().
//
// Cancel is allowed until the install is asked for; from AT+CFOTA=5 on it is
// refused (isCancellable() false), since the module may be flashing.
class SimcomFlow : public UpdateFlow
{
    Q_OBJECT

public:
    // The durations and assumed values of the steps. Defaults come from the
    // driver's documented timeouts and the request's overrides; tests shorten them.
    struct Options
    {
        std::chrono::milliseconds command{5000};
        // OTA: how long the FOTA server may take to start a download after AT+CFOTA=1.
        std::chrono::milliseconds serverWait{std::chrono::minutes(2)};
        // HTTP-FS: AT+CHTTPCON opens a TCP connection over NB-IoT.
        std::chrono::milliseconds connect{std::chrono::seconds(60)};
        std::chrono::milliseconds download{std::chrono::minutes(20)};
        // AT+CFOTA=5: the module reads the whole package and hashes it before it answers.
        std::chrono::milliseconds packageCheck{std::chrono::seconds(60)};
        // "About 10 minutes" (PROTOCOLS.md), before or after the module's restart.
        std::chrono::milliseconds install{std::chrono::minutes(15)};
        std::chrono::milliseconds reboot{std::chrono::minutes(2)};
        // OTA: after a restart mid-download, how long to wait for "Download pause"
        // before asking the module to continue anyway.
        std::chrono::milliseconds resumeSettle{std::chrono::seconds(10)};
        // OTA: "Download pause" this many times and the download is given up.
        int maxResumes = 3;
        // CFLW: partition, chunk size, write timeouts, read-back.
        FlashWriterOptions flash;
    };

    static Options defaultOptions(const UpdateRequest &request);

    ~SimcomFlow() override;

    void start() final;
    void cancel() final;
    bool isCancellable() const final;

    const Options &options() const { return m_options; }
    // How often the module went away after the install was asked for: more
    // than once when the install was interrupted (power cut) and resumed.
    int installRestarts() const { return m_installRestarts; }

protected:
    enum class Stage {
        Idle,
        Preparing,       // serial rate
        Delivering,      // the method's part: download or upload
        CheckingPackage, // AT+CFOTA=5 in flight: the module checks size and MD5
        Installing,      // the module installs; waiting for its restart
        AwaitingBoot,    // the port went away; waiting for the module to come back
        AwaitingResult,  // back again; waiting for "+CFOTA: Update successfully"
        Verifying,       // AT+CGMR
    };

    SimcomFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
               QObject *parent = nullptr);

    // --- what a method implements ---
    // Checks the request before anything is sent; calls fail() and returns
    // false when it cannot be served.
    virtual bool checkRequest() = 0;
    // Gets the package onto the module (or has the module fetch it) and then
    // calls checkAndInstall() or beginInstall().
    virtual void deliver() = 0;
    // A URC while delivering (the base handles the install's own).
    virtual void onDeliveryUrc(const QString &line) { Q_UNUSED(line); }
    virtual bool deliveryCancellable() const { return true; }
    // Stops what the method runs; finishCancelled() follows.
    virtual void stopDelivery() { }
    // The port went away / came back while delivering. Default: PortLost.
    virtual void onPortLostWhileDelivering();
    virtual void onReconnectedWhileDelivering(const QString &portName) { Q_UNUSED(portName); }
    virtual void onDeliveryWatchdog() { UpdateFlow::onWatchdog(); }
    // The firmware checked out; default: succeed().
    virtual void onVerified(const QString &firmware) { succeed(firmware); }

    // --- what a method uses ---
    using Step = std::function<void(const AtResult &)>;
    // Sends a privileged command; any failure ends the flow classified
    // (a lost port is left to onDisconnected()).
    void send(const QString &command, std::chrono::milliseconds timeout, Step onOk);
    void failCommand(const AtResult &result);
    // AT+CFOTA=5,<size>,<md5>: the module checks what it holds, then installs.
    void checkAndInstall(qint64 size, const QString &md5);
    // The module starts installing (after AT+CFOTA=5, or on its own after an OTA download).
    void beginInstall(const QString &rawLine = {});
    // The port went away while the module is about to install (an OTA package
    // downloaded, the update starting): follow it as the install's restart.
    void awaitInstallBoot();
    Stage stage() const { return m_stage; }
    QString firmwareBefore() const { return m_firmwareBefore; }
    bool isConnected() const;

private:
    void onRateRead(const AtResult &result);
    void startDelivery();
    void onPackageChecked(const AtResult &result);
    void onUrc(const QString &line);
    void onInstallUrc(const QString &line);
    void onDisconnected();
    void onReconnected(const QString &portName);
    void replayBootLines();
    void verify();
    void onFirmwareRead(const AtResult &result);
    void onWatchdog() override;

    Options m_options;
    Stage m_stage = Stage::Idle;
    QString m_firmwareBefore;
    QStringList m_bootLines; // URCs replayed by the prober before the reconnection is announced
    int m_installRestarts = 0;
    bool m_resultMissing = false; // the install watchdog ran out without a +CFOTA result
    bool m_started = false;
};
