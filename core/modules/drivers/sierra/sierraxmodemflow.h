#pragma once

#include "sierraflow.h"

#include <QPointer>
#include <QTimer>

#include <optional>

class XmodemSender;

// The HL78xx local update (PROTOCOLS.md section 4): the line at its fastest
// rate for the transfer (UpdateFlow::raiseRate), AT+WDSD=<size> (AT+WSDS,
// the note's spelling, on firmwares that refuse it as unknown: ERROR or
// +CME ERROR 4/100, see SierraErrors::refusesSpelling), the package over 1K-XMODEM from
// FotaDesk, then +WDSI: 3 answered with AT+WDSR=4 at once (sending the file
// was the person's agreement) once the line is back at its own rate, and the
// shared install, reboot and check.
class SierraXmodemFlow final : public SierraFlow
{
    Q_OBJECT

public:
    SierraXmodemFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    SierraXmodemFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                     QObject *parent = nullptr);
    ~SierraXmodemFlow() override;

    // The download command the module took ("AT+WDSD" or "AT+WSDS"); empty before.
    QString downloadCommand() const { return m_downloadCommand; }

protected:
    void begin() override;
    bool onIndication(const WdsiEvent &event, const QString &line) override;
    void onInstallRequest(const QString &line) override;
    // Mid-transfer: CAN CAN to the module, then Cancelled.
    void stopBeforeInstall() override;
    void onPortLostBeforeInstall() override;
    void onWatchdog() override;

private:
    void requestDownload(const QString &command, bool fallbackLeft);
    void startTransfer();
    void onTransferProgress(const TransferProgress &progress);
    void onTransferFinished(const XmodemResult &result);
    void settleAfterAbort(const SierraFailure &failure);
    void endAbort();

    QByteArray m_package;
    QString m_downloadCommand;
    QPointer<XmodemSender> m_sender;
    SierraFailure m_abort;          // how a broken transfer ends, once the module has had its say
    QMetaObject::Connection m_abortWatch;
    QTimer m_abortSettle;
    int m_lastPercent = -1;
    bool m_transferred = false;
    // +WDSI: 3 that came while the rate went back down: answered after it.
    std::optional<QString> m_installAsked;
};
