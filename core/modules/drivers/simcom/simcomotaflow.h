#pragma once

#include "simcomflow.h"

// SIM7020 over the air (PROTOCOLS.md section 3): AT+CFOTA=1 asks the module's
// own FOTA client for a package; it reports the download with +CFOTA URCs,
// starts the update by itself, restarts and reports the result; FotaDesk then
// checks AT+CGMR and reports the result to the FOTA server with AT+CFOTA=4.
//
// A download cut by a restart continues where it stopped (break-point
// transfer): after "+CFOTA: Download pause", or a settle time without it,
// AT+CFOTA=1 is sent again. Cancel is possible until the download starts;
// from then on the module finishes on its own whatever FotaDesk does.
class SimcomOtaFlow final : public SimcomFlow
{
    Q_OBJECT

public:
    SimcomOtaFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    SimcomOtaFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                  QObject *parent = nullptr);

    // How often the download was continued after a pause or a restart.
    int resumes() const { return m_resumes; }

protected:
    bool checkRequest() override { return true; }
    void deliver() override;
    void onDeliveryUrc(const QString &line) override;
    bool deliveryCancellable() const override { return !m_downloadStarted; }
    void onPortLostWhileDelivering() override;
    void onReconnectedWhileDelivering(const QString &portName) override;
    void onDeliveryWatchdog() override;
    void onVerified(const QString &firmware) override;

private:
    void askServer();
    void resume(const QString &rawLine);
    void onDownloadEvent(CfotaEvent event, const QString &line);

    int m_resumes = 0;
    bool m_downloadStarted = false;
    bool m_downloaded = false;
    bool m_resumeSent = false; // AT+CFOTA=1 sent again; its "Start to download" is awaited
};
