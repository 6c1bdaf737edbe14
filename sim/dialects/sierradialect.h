#pragma once

#include "dialects/dialect.h"

#include <QPointer>

#include <array>

class SimulatedDownload;
class XmodemReceiver;

// Sierra Wireless / Semtech HL78xx (PROTOCOLS.md section 4): AirVantage device
// services (WDSS/WDSC/WDSI/WDSR) with agreements, deferrals, a pending
// operation from --ota-package, suspend and resume; the local update
// AT+WDSD=<size> (also AT+WSDS) over 1K-XMODEM; install with +WDSI 12/14/16
// or 15.
class SierraDialect : public Dialect
{
    Q_OBJECT

public:
    explicit SierraDialect(ModemContext &context, QObject *parent = nullptr);

    void boot(BootReason reason) override;
    bool serverRequest(bool automatic) override;

    static constexpr qint64 kMaxPackage = 8 * 1024 * 1024;

protected:
    std::optional<SimReply> handle(const SimCommand &command) override;
    QList<QByteArray> identification(int n) const override;
    QList<qint32> supportedRates() const override;

private:
    enum Request { Connect = 1, Download = 2, Install = 3 };

    void wdsi(int n, int x = -1);
    bool spaceInWdsi() const;
    SimReply wdss(const SimCommand &command);
    SimReply wdsr(const SimCommand &command);
    SimReply wdsd(const SimCommand &command);
    bool apnFor(int cid) const;
    int dmCid() const;
    int agreement(int mode) const;
    bool avOffer() const;

    void ask(Request request);
    void answered(Request request);
    void startSession();
    void stopSession();
    void offerPackage();
    void startDownload();
    void startInstall();
    void endSessionAfterFailure();
    void installStep(int percent);
    void resetNvSettings();
    void startPolling();

    std::array<bool, 4> m_pending{};
    std::array<QTimer *, 4> m_repeat{};
    QTimer m_poll;
    QPointer<SimulatedDownload> m_download;
    QPointer<XmodemReceiver> m_xmodem;
    bool m_session = false;
    bool m_downloadDue = false; // an automatic download is scheduled
};
