#pragma once

#include "modules/updateflow.h"
#include "sierraerrors.h"
#include "transfer/xmodemsender.h"
#include "wdsievent.h"

#include <chrono>
#include <functional>

// What the two HL78xx update methods share (PROTOCOLS.md section 4): the +WDSI
// indications switched on and followed, commands whose failures are
// classified, and everything from the install on: AT+WDSR=4, +WDSI 12/13, 14
// (the install: 15-minute watchdog, no cancel, nothing sent), the reboot (the
// port goes away; the module is found again, maybe on another port; a power
// cut restarts the install), +WDSI 16/15 and the firmware read back.
//
// A method derives from it and supplies begin() and the indications before the
// install; the base keeps the contract of UpdateFlow (finished() once).
class SierraFlow : public UpdateFlow
{
    Q_OBJECT

public:
    // The durations of the steps. Defaults come from the driver's documented
    // timeouts and the request's overrides; tests shorten them.
    struct Options
    {
        std::chrono::milliseconds command{5000};
        // From AT+WDSS=1,1 to an authenticated AirVantage session.
        std::chrono::milliseconds session{std::chrono::minutes(2)};
        // For AirVantage to offer a package once the session runs.
        std::chrono::milliseconds serverWait{std::chrono::minutes(10)};
        std::chrono::milliseconds download{std::chrono::minutes(30)};
        // **assumed**: after a local transfer, for +WDSI: 3; after AT+WDSR=4,
        // for the signature check (+WDSI: 12) and the install start (+WDSI: 14).
        std::chrono::milliseconds packageCheck{std::chrono::minutes(2)};
        std::chrono::milliseconds install{std::chrono::minutes(15)}; // the note's watchdog
        std::chrono::milliseconds reboot{std::chrono::minutes(3)};
        // After the reboot, for +WDSI: 16 (or 15, or 14 when the install
        // restarts) before the firmware is read without it.
        std::chrono::milliseconds confirmation{std::chrono::minutes(1)};
        // Unanswered agreement requests come back after this: the deadline of a prompt.
        std::chrono::milliseconds agreementRepeat{std::chrono::minutes(30)};
        // **assumed**: after a broken local transfer, how long to wait for the
        // module's own end of it (+CME ERROR: 3) before the port is used again.
        std::chrono::milliseconds abortSettle{2000};
        int indications = 4479; // AT+WDSI mask: every indication
        XmodemOptions xmodem;
    };

    static Options defaultOptions(const UpdateRequest &request);

    SierraFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
               QObject *parent = nullptr);
    ~SierraFlow() override;

    void start() final;
    void cancel() final;
    // Until the install is requested or starts: from then on the module goes
    // on alone and must not be disturbed.
    bool isCancellable() const override;

    const Options &options() const { return m_options; }
    // AT+WDSR=4 was sent or +WDSI: 14 came: the module installs on its own.
    bool isCommitted() const { return m_committed; }

protected:
    using Step = std::function<void(const AtResult &)>;

    // The method's own steps; the indications are on already.
    virtual void begin() = 0;
    // An indication outside the install part; false: the base just shows it.
    virtual bool onIndication(const WdsiEvent &event, const QString &line) = 0;
    // +WDSI: 3: the module holds a certified package and asks to install it.
    virtual void onInstallRequest(const QString &line) = 0;
    // Stops what the method runs (a transfer, a session), then finishes Cancelled.
    virtual void stopBeforeInstall();
    // The port went away before the module was committed; default: PortLost.
    virtual void onPortLostBeforeInstall();
    // Found again before the module was committed (a suspended download).
    virtual void onBackBeforeInstall(const QString &portName) { Q_UNUSED(portName); }
    // The module installs on its own from now on (asked to, or it started).
    virtual void onCommitted() { }
    // The new firmware is confirmed; the method may tidy up, then succeed().
    virtual void finishVerified(const QString &firmware);

    // Sends `command` as the job's own (privileged) command. Anything but OK
    // fails the flow with a classified reason unless `onError` takes it.
    void send(const QString &command, Step onOk, Step onError = {});
    void failCommand(const AtResult &result);
    void failWith(const SierraFailure &failure);
    // AT+WDSR=4; from here the module installs on its own.
    void requestInstall(const QString &rawLine = {});
    void onWatchdog() override;

private:
    void onWdsi(const QString &line);
    void onInstallIndication(const WdsiEvent &event, const QString &line);
    void onDisconnected();
    void onReconnected(const QString &portName);
    void verify();
    void onFirmwareRead(const AtResult &result);
    void commit();

    Options m_options;
    QString m_firmwareBefore;
    bool m_started = false;
    bool m_committed = false;
    bool m_resultSeen = false; // +WDSI: 16, maybe replayed before the reconnection is announced
    bool m_verifying = false;
};
