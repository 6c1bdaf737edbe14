#pragma once

#include "command/atinterpreter.h"
#include "dialects/dialect.h"
#include "dialects/modemcontext.h"
#include "faults/faultset.h"
#include "simmoduleconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class AtInterpreter;
class ControlServer;
class Dialect;
class QNetworkAccessManager;
class SimState;
class UrcFlood;
class Wire;

// One simulated module on a pseudo-terminal: its family's AT dialect, its
// identity and non-volatile state, reboots that take the port away (and bring
// it back, possibly under a new name), line realism and injected faults.
// Event-driven in the caller's thread; a host in the same thread can open
// currentLink() with QSerialPort.
class SimModule : public QObject, private ModemContext
{
    Q_OBJECT

public:
    explicit SimModule(const SimModuleConfig &config, QObject *parent = nullptr);
    ~SimModule() override;

    // Publishes the port and boots. Identity comes from the state file when it
    // has one, else from the config, else from SimModuleConfig::defaults().
    bool start(QString *error = nullptr);
    // Removes the port and the control socket; the state is saved.
    void stop();
    bool isRunning() const { return m_running; }
    // Whether the port is published right now (false during a reboot).
    bool isUp() const;

    QString currentLink() const;
    // Line-based control socket (see ControlServer), hidden beside the link so a
    // host scanning DIR/* never mistakes it for a port.
    QString controlPath() const;
    static QString controlPathFor(const QString &link);
    QString firmware() const override;
    const SimModuleConfig &config() const override { return m_config; }
    qint32 moduleBaud() const override;
    // The bytes of the last local upload (XMODEM, CFLW writes, HTTP to file system).
    QByteArray uploadedPackage() const { return m_uploaded; }
    QStringList faultSpecs() const { return m_faults.specs(); }

    // The family's server asks for an update (Telit PFM request, AirVantage
    // operation). false when the family or its state has nothing to do.
    bool serverRequest(bool automatic = false);
    bool addFault(const QString &spec, QString *error = nullptr);
    void clearFaults();
    void reboot();
    // Power removed: the port vanishes for `downtime`, RAM and transfers are lost.
    void unplug(std::chrono::milliseconds downtime);

signals:
    void linkChanged(const QString &link);
    void rebooting();
    void booted();
    void commandReceived(const QString &command);
    void firmwareChanged(const QString &version);
    // The control socket said `quit`.
    void quitRequested();

private:
    // ModemContext
    SimState &state() const override { return *m_state; }
    FaultSet &faults() override { return m_faults; }
    QNetworkAccessManager &network() override;
    AtInterpreter &interpreter() override { return *m_interpreter; }
    void urc(const QByteArray &line) override;
    void raw(const QByteArray &bytes) override;
    void finish(const SimReply &reply) override;
    std::chrono::milliseconds scaled(std::chrono::milliseconds real) const override;
    void reboot(BootReason reason) override;
    bool checkpoint(FaultSet::Phase phase, int percent) override;
    void setFirmware(const QString &version) override;
    void setModuleBaud(qint32 baud) override;
    qint32 hostBaud() const override;
    void setUploaded(const QByteArray &bytes) override { m_uploaded = bytes; }

    void loadIdentity();
    // Faults that act on their own once added (urc-flood).
    void startFaults();
    // imei-swap: another module's identity for this boot, or ours back.
    void swapIdentity(BootReason reason);
    bool publish(BootReason reason, QString *error = nullptr);
    void goDown(BootReason reason, std::chrono::milliseconds downtime);
    void tearDown();
    void closeAndWait(std::chrono::milliseconds downtime);
    QString nextLink();

    SimModuleConfig m_config;
    std::unique_ptr<SimState> m_state;
    FaultSet m_faults;
    std::unique_ptr<Wire> m_wire;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ControlServer> m_control;
    std::unique_ptr<UrcFlood> m_flood;
    std::optional<SimModuleConfig> m_ownIdentity; // set while an impostor answers
    QPointer<AtInterpreter> m_interpreter;
    QPointer<Dialect> m_dialect;
    QTimer m_downTimer;
    BootReason m_nextBoot = BootReason::PowerOn;
    QString m_link;
    QByteArray m_uploaded;
    int m_publishCount = 0;
    bool m_running = false;
    bool m_draining = false;
    bool m_urcMuted = false; // autobaud after boot: no rate known until the host speaks
};
