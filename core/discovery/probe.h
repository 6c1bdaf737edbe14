#pragma once

#include "identityreader.h"
#include "portinfo.h"
#include "probesettings.h"
#include "ratefinder.h"

#include "modules/moduleidentity.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class AtChannel;
class Port;
class PortFactory;

// Finds out what is behind one port, without blocking: opens it, finds the
// rate (when the first AT is not answered, after ending a data phase a dead
// program may have left open: see CommandModeRescue), switches echo off and
// verbose errors on, decides the family and reads
// its identity. Ends with exactly one finished(); a module's open channel is
// then taken with takeChannel(), anything else is closed with the probe.
class Probe : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Running,
        Module,           // an AT module; identity() says who
        NotAModule,       // opened, but no module answers (see failure())
        Busy,             // another program (or user) has the port
        PermissionDenied, // the user may not open the device
        OpenFailed,       // any other reason the port could not be opened
        Vanished,         // the port went away while being probed
        Cancelled,
    };
    Q_ENUM(Outcome)

    Probe(const PortInfo &port, const PortFactory &factory, QList<qint32> rates,
          const ProbeSettings &settings, QObject *parent = nullptr);
    ~Probe() override;

    void start();
    void cancel();

    const PortInfo &port() const { return m_info; }
    Outcome outcome() const { return m_outcome; }
    bool isModule() const { return m_outcome == Outcome::Module; }
    // Why it is not a module / could not be probed, for people.
    QString reason() const { return m_reason; }
    // For NotAModule: how the rate search failed (Silence reads as a timeout).
    RateFinder::Failure failure() const { return m_failure; }
    const ModuleIdentity &identity() const { return m_identity; }
    qint32 baudRate() const { return m_baud; }
    // URCs (and other unsolicited lines) seen while probing, in order: boot
    // URCs of a module that just rebooted, which the update flows wait for.
    const QStringList &earlyUrcs() const { return m_earlyUrcs; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // The module's open channel (Module only; once).
    std::unique_ptr<AtChannel> takeChannel();

signals:
    void finished();

private:
    void onRateFound(qint32 baud, const QStringList &lines);
    void onRateFailed(RateFinder::Failure failure, const QString &reason);
    void onFamilyAnswer(const QString &command, const AtResult &result);
    void readIdentity();
    // A damaged or implausible reading is asked for again, up to `retries`
    // more times; `before` is the reading it replaces.
    void sendIdentityQuery(const IdentityReader::Query &query, int retries, const QStringList &before);
    void onIdentityAnswer(IdentityReader::Field field, const AtResult &result);
    void onLost();
    void finish(Outcome outcome, const QString &reason = {});
    void classifyOpenError(const QString &error);

    PortInfo m_info;
    const PortFactory &m_factory;
    QList<qint32> m_rates;
    ProbeSettings m_settings;
    std::unique_ptr<Port> m_port;          // until the channel takes it
    std::unique_ptr<AtChannel> m_channel;
    RateFinder *m_rateFinder = nullptr;
    QElapsedTimer m_clock;
    Outcome m_outcome = Outcome::Running;
    RateFinder::Failure m_failure = RateFinder::Failure::Silence;
    QString m_reason;
    ModuleIdentity m_identity;
    QString m_familyText;  // everything CGMI/ATI said, for the family decision
    bool m_anyIdentityAnswer = false;
    int m_outstanding = 0;
    qint32 m_baud = 0;
    QStringList m_earlyUrcs;
};
