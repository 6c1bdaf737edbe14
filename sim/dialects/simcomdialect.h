#pragma once

#include "dialects/dialect.h"

#include <QPointer>

class HttpDownload;
class SimulatedDownload;

// SIMCom SIM7020E/G, SIM7060G (PROTOCOLS.md section 3): AT+CFOTA over the air
// against the configured package, the FOTA flash partition (CFLE/CFLW/CFLR),
// AT+CFOTA=5 with its MD5 check, HTTP to file system (CHTTPCREATE/CON/TOFS),
// URCs only at a fixed rate. An update resets the APN and band settings.
class SimcomDialect : public Dialect
{
    Q_OBJECT

public:
    explicit SimcomDialect(ModemContext &context, QObject *parent = nullptr);

    void boot(BootReason reason) override;

protected:
    std::optional<SimReply> handle(const SimCommand &command) override;
    QList<qint32> supportedRates() const override;

private:
    void urc(const QByteArray &line);
    SimReply cfota(const SimCommand &command);
    SimReply cflw(const SimCommand &command);
    SimReply chttp(const SimCommand &command);
    void otaDownload();
    void startUpdate(const QByteArray &package);
    void runInstall(int percent);
    void resetNv();
    QByteArray &partition();
    void savePartition();
    bool inPartition(qint64 offset, qint64 length) const;

    struct HttpClient
    {
        QString base;
        bool connected = false;
    };
    QList<std::optional<HttpClient>> m_clients = QList<std::optional<HttpClient>>(4);
    QPointer<SimulatedDownload> m_ota;
    QPointer<HttpDownload> m_http;
    QByteArray m_partition;
    bool m_partitionLoaded = false;
};
