#pragma once

#include "dialects/dialect.h"

#include <QPointer>

class HttpDownload;
class SimulatedDownload;

// Telit Cinterion EXS62-W/EXS82-W/TX62-W/TX82-W (PROTOCOLS.md section 2):
// AT^SNFOTA over real HTTP with Range resume and SHA-256 check, AT^SFDL=2 with
// its bootloader lines, the Table-3 settings reset after an update, AT^SBNW
// certificates, AT^SNLWM2M configuration, and an LwM2M server that updates a
// module whose client was started (server-request): object 5 goes
// downloading (1), downloaded (2), updating (3), then back to idle with the
// result in /5/0/5 after the reboot; the host reads it, nothing is pushed.
class CinterionDialect : public Dialect
{
    Q_OBJECT

public:
    explicit CinterionDialect(ModemContext &context, QObject *parent = nullptr);

    void boot(BootReason reason) override;
    bool serverRequest(bool automatic) override;

    static constexpr qint64 kPartitionBytes = 11 * 1024 * 1024;
    // AT^SCFG keys of Table 3 with their factory values.
    static QList<QPair<QString, QString>> scfgDefaults();
    // Other Table-3 commands with their factory values; "" = none stored.
    static QList<QPair<QString, QString>> settingDefaults();

protected:
    std::optional<SimReply> handle(const SimCommand &command) override;
    QList<QByteArray> identification(int n) const override;
    QByteArray revision() const override;
    QList<qint32> supportedRates() const override;

private:
    SimReply snfota(const SimCommand &command);
    SimReply scfg(const SimCommand &command);
    SimReply sbnw(const SimCommand &command);
    void startDownload();
    void reportAct(int action, int error, int progress);
    void endDownload(int error);
    void install(bool resumed);
    void installLine(int step);
    void resetTable3();
    bool quotedUrcNumbers() const;
    QString firmwareObjectKey(const QString &resource) const;
    QString firmwareObject(const QString &resource) const;
    void setFirmwareObject(const QString &resource, int value);

    SimulatedDownload *m_lwm2mDownload = nullptr;

    QPointer<HttpDownload> m_download;
    int m_lastTenth = -1;
    QByteArray m_certificate;
};
