#pragma once

#include "applicability.h"
#include "at/atresult.h"
#include "fleet/packageinfo.h"
#include "modules/updatetypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

class ModuleSession;
class PackageHasher;
struct PackageDigest;

// With autobauding on, a module's URCs after its reboot are lost (Telit), or
// never sent (SIM7020): fix the rate the host uses now, or refuse.
enum class AutobaudPolicy { Fix, Refuse };

struct PreflightOptions
{
    QString owner;                 // the job claiming the module
    bool overrideChecks = false;   // overrides the findings marked overridable, nothing else
    AutobaudPolicy autobaud = AutobaudPolicy::Fix;
    bool fixedRateRequired = false; // the family needs AT+IPR fixed (settings profile)
    std::chrono::milliseconds commandTimeout{5000};
};

struct PreflightReport
{
    Applicability checks;
    bool passed = false;
    bool overridden = false;  // passed only because the person overrode findings
    FailureReason reason = FailureReason::None;
    QString message;          // translated: every finding
    QString advice;           // translated: what to do
    QJsonObject figures;      // rate, autobaud fixed, SIM state, package hash checked...
};

// The checks before an update touches anything: the module is connected and
// free (and is claimed for the job), the package applies (family, model, base
// version, size, method), the package file is still what the catalog hashed,
// the SIM PIN is known when the SIM asks for one (it is entered now), and the
// serial rate is fixed where the family needs it (fixed now, or refused).
// Each refusal says why; only Applicability's overridable findings can be
// overridden.
class Preflight : public QObject
{
    Q_OBJECT

public:
    Preflight(ModuleSession *session, const PackageInfo &package, const UpdateRequest &request,
              const PreflightOptions &options, QObject *parent = nullptr);
    ~Preflight() override;

    // finished() follows, never from inside start().
    void start();
    void abort();

signals:
    void finished(const PreflightReport &report);

private:
    void checkStatic();
    void checkPackageFile();
    void packageHashed(const PackageDigest &digest);
    void checkSim();
    void simAnswered(const AtResult &result);
    void checkRate();
    void rateAnswered(const AtResult &result);
    void send(const QString &command, void (Preflight::*next)(const AtResult &));
    void add(Applicability::Issue issue, const QString &message);
    void finish();
    bool refusedAlready() const;

    QPointer<ModuleSession> m_session;
    PackageInfo m_package;
    UpdateRequest m_request;
    PreflightOptions m_options;
    PreflightReport m_report;
    PackageHasher *m_hasher = nullptr;
    quint64 m_generation = 0;
    bool m_done = false;
};

Q_DECLARE_METATYPE(PreflightReport)
