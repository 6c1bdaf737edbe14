#pragma once

#include "filehasher.h"
#include "modules/updateflow.h"
#include "sfdlevent.h"
#include "snfota.h"

#include <QElapsedTimer>
#include <QTimer>

#include <chrono>
#include <functional>

// Telit Cinterion EXS62-W/EXS82-W/TX62-W/TX82-W over the air (PROTOCOLS.md
// section 2): PDP context and authentication, registration check, AT^SNFOTA
// url/conid/crc/urc written and read back, the module's own HTTP(S) download
// (act,2; resumable), AT^SFDL=2 install with its phases, reboot (an interrupted
// install restarts at the next boot), ATI1 verification.
//
// The SHA-256 written as "crc" is the request's, or FotaDesk hashes the
// package file itself (streaming, never blocking). The URL is the request's:
// the vendor's server, or FotaDesk's own package server.
class CinterionOtaFlow final : public UpdateFlow
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds command{5000};
        std::chrono::milliseconds registration{std::chrono::seconds(60)};
        std::chrono::milliseconds registrationPoll{std::chrono::seconds(2)};
        std::chrono::milliseconds download{std::chrono::minutes(20)};
        std::chrono::milliseconds install{std::chrono::minutes(15)};
        std::chrono::milliseconds reboot{std::chrono::minutes(3)};
        // After a boot, how long to wait for the boot URCs (an install restarting
        // with "FOTA START", or "+CIEV: prov") before reading the firmware.
        std::chrono::milliseconds settle{std::chrono::seconds(5)};
        // After AT^SNFOTA="act",0, how long to wait for the user-break report.
        std::chrono::milliseconds cancelGrace{std::chrono::seconds(5)};
        // **assumed**: <auth_type> of AT^SGAUTH, 2 as in the application note's example.
        int authType = 2;
    };

    static Options defaultOptions(const UpdateRequest &request);

    CinterionOtaFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    CinterionOtaFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                     QObject *parent = nullptr);
    ~CinterionOtaFlow() override;

    void start() override;
    // Before the install: AT^SNFOTA="act",0 when a download runs (it resumes
    // when the update is started again), then Cancelled.
    void cancel() override;
    bool isCancellable() const override;

    const Options &options() const { return m_options; }
    // What is written as "crc"; empty until known.
    QString packageSha256() const { return m_sha256; }
    // How often the install started ("FOTA START"); more than one after an interruption.
    int installStarts() const { return m_installStarts; }

protected:
    void onWatchdog() override;

private:
    enum class Stage {
        Idle, Hashing, Bearer, Registration, Configuring, Downloading, Downloaded,
        Installing, AwaitingBoot, Verifying,
    };

    void runCommands(const QStringList &commands, std::function<void()> done);
    void failCommand(const AtResult &result);
    void onHashed(const QString &sha256);
    void setupBearer();
    void checkRegistration(std::function<void()> next);
    void pollRegistration();
    void configure();
    void onSettingsRead(const AtResult &result);
    void startDownload();
    void onAct(const Snfota::Act &act, const QString &line);
    void estimateBytes(UpdateProgress &progress);
    void onDownloaded(const QString &line);
    void install();
    void onUrc(const QString &line, const QString &prefix);
    void onInstallEvent(SfdlEvent event, const QString &line);
    void onDisconnected();
    void onReconnected(const QString &portName);
    void verify();
    void onRevision(const AtResult &result);

    Options m_options;
    Stage m_stage = Stage::Idle;
    FileHasher m_hasher;
    QString m_sha256;
    QString m_firmwareBefore;
    std::function<void()> m_afterRegistration;
    QElapsedTimer m_registrationClock;
    QElapsedTimer m_downloadClock;
    qint64 m_packageSize = -1;
    int m_firstPercent = -1;
    QTimer m_registrationPoll;
    QTimer m_settle;
    QTimer m_cancelGrace;
    QStringList m_bootLines; // URCs replayed by the prober before the reconnection is announced
    int m_installStarts = 0;
    int m_dotLines = 0;
    int m_lastPercent = -1;
    bool m_resumeDownload = false;
    bool m_cancelling = false;
    bool m_started = false;
};
