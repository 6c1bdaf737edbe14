#pragma once

#include "dialects/dialect.h"

#include <QPointer>

class SimulatedDownload;

// Telit GE/GL/HE910 with Premium FOTA Management (PROTOCOLS.md section 1):
// registration by SMS or TCP/IP, server requests answered with AT#OTASUAN,
// #OTAEV events, inhibited commands during an update, NV reset except the kept
// list, a frozen AT interface while flashing, resume after a power cut.
class TelitDialect : public Dialect
{
    Q_OBJECT

public:
    explicit TelitDialect(ModemContext &context, QObject *parent = nullptr);

    void boot(BootReason reason) override;
    bool serverRequest(bool automatic) override;

    // The PFM standard's NV settings that survive an update.
    static QStringList keptSettings();
    // Firmware gates: SMS-TCP/IP combined and TCP/IP-only protocols.
    static bool supportsCombined(const QString &firmware);
    static bool supportsTcpOnly(const QString &firmware);

protected:
    std::optional<SimReply> handle(const SimCommand &command) override;
    std::optional<SimReply> refuse(const SimCommand &command) override;
    QList<qint32> supportedRates() const override;
    QList<qint32> fixedOnlyRates() const override;

private:
    void event(const char *text);
    void registerLater(const QString &how);
    void startDownload();
    void install(int fromPercent);
    void installStep(int percent);
    void resetNv();

    QPointer<SimulatedDownload> m_download;
    QTimer m_answerWindow; // 60 s for AT#OTASUAN=1
    bool m_requestPending = false;
};
