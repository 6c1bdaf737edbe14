#include "preflight.h"

#include "fleet/packagehasher.h"
#include "jobslog.h"
#include "modules/modulesession.h"
#include "port/port.h"

#include <QFileInfo>
#include <QTimer>

using Issue = Applicability::Issue;

Preflight::Preflight(ModuleSession *session, const PackageInfo &package, const UpdateRequest &request,
                     const PreflightOptions &options, QObject *parent)
    : QObject(parent), m_session(session), m_package(package), m_request(request), m_options(options)
{
}

Preflight::~Preflight() = default;

void Preflight::start()
{
    m_report = {};
    m_done = false;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            checkStatic();
    });
}

void Preflight::abort()
{
    ++m_generation;
    m_done = true;
    if (m_hasher)
        m_hasher->abort();
}

void Preflight::add(Issue issue, const QString &message)
{
    m_report.checks.findings.append({issue, message, false});
}

bool Preflight::refusedAlready() const
{
    if (m_report.checks.findings.isEmpty())
        return false;
    return !(m_options.overrideChecks && m_report.checks.appliesWithOverride());
}

void Preflight::checkStatic()
{
    if (!m_session || m_session->state() != ModuleSession::State::Connected) {
        add(Issue::NotConnected, tr("the module is not connected"));
        finish();
        return;
    }
    if (!m_session->claim(m_options.owner)) {
        add(Issue::Busy, tr("another job (%1) is updating this module").arg(m_session->owner()));
        finish();
        return;
    }
    m_report.checks = checkApplicability(m_session->identity(), m_package, m_request.method);
    m_report.figures.insert(QStringLiteral("firmware"), m_session->identity().firmware);
    if (refusedAlready()) {
        finish();
        return;
    }
    checkPackageFile();
}

void Preflight::checkPackageFile()
{
    // OTA without a local file: the module's server holds the package.
    if (m_package.path.isEmpty()) {
        checkSim();
        return;
    }
    if (!QFileInfo(m_package.path).isReadable()) {
        add(Issue::PackageUnreadable, tr("the package file %1 cannot be read").arg(m_package.path));
        finish();
        return;
    }
    m_hasher = new PackageHasher(this);
    const quint64 generation = m_generation;
    connect(m_hasher, &PackageHasher::finished, this, [this, generation](const PackageDigest &d) {
        if (generation == m_generation)
            packageHashed(d);
    });
    connect(m_hasher, &PackageHasher::failed, this, [this, generation](const QString &why) {
        if (generation != m_generation)
            return;
        add(Issue::PackageUnreadable, why);
        finish();
    });
    m_hasher->start(m_package.path);
}

void Preflight::packageHashed(const PackageDigest &digest)
{
    m_report.figures.insert(QStringLiteral("packageSha256"), digest.sha256);
    if (!m_package.sha256.isEmpty() && digest.sha256 != m_package.sha256) {
        add(Issue::PackageChanged,
            tr("the package %1 changed on disk since it was catalogued (SHA-256 %2..., now %3...)")
                .arg(m_package.fileName(), m_package.sha256.left(12), digest.sha256.left(12)));
        finish();
        return;
    }
    checkSim();
}

void Preflight::send(const QString &command, void (Preflight::*next)(const AtResult &))
{
    if (!m_session) {
        add(Issue::NotConnected, tr("the module went away"));
        finish();
        return;
    }
    const quint64 generation = m_generation;
    m_session->send(AtCommand(command, m_options.commandTimeout).asPrivileged(), this,
                    [this, generation, next](const AtResult &result) {
                        if (generation != m_generation)
                            return;
                        if (result.status == AtStatus::PortLost) {
                            add(Issue::NotConnected, tr("the module went away during the checks"));
                            finish();
                            return;
                        }
                        (this->*next)(result);
                    });
}

void Preflight::checkSim()
{
    send(QStringLiteral("AT+CPIN?"), &Preflight::simAnswered);
}

void Preflight::simAnswered(const AtResult &result)
{
    if (result.command.startsWith(QLatin1String("AT+CPIN="), Qt::CaseInsensitive)) {
        if (!result.ok()) {
            add(Issue::SimPinNeeded, tr("the SIM refused the PIN (%1); FotaDesk does not try again, "
                                        "the SIM locks after three wrong PINs")
                                         .arg(result.describe()));
            finish();
            return;
        }
        m_report.figures.insert(QStringLiteral("sim"), QStringLiteral("PIN entered"));
        checkRate();
        return;
    }
    const QString state = result.value(QStringLiteral("+CPIN:")).trimmed().toUpper();
    m_report.figures.insert(QStringLiteral("sim"), result.ok() ? state : result.describe());
    if (state == QLatin1String("SIM PIN")) {
        if (m_request.simPin.isEmpty()) {
            add(Issue::SimPinNeeded, tr("the SIM asks for its PIN and none was given; the module needs "
                                        "it again after the update"));
            finish();
            return;
        }
        // Entered once now; the PIN itself never reaches a log (SecretMasker).
        send(QStringLiteral("AT+CPIN=\"%1\"").arg(m_request.simPin), &Preflight::simAnswered);
        return;
    }
    if (state.startsWith(QLatin1String("SIM PUK"))) {
        add(Issue::SimPinNeeded, tr("the SIM is blocked and asks for its PUK; unblock it first"));
        finish();
        return;
    }
    checkRate();
}

void Preflight::checkRate()
{
    if (!m_options.fixedRateRequired) {
        finish();
        return;
    }
    send(QStringLiteral("AT+IPR?"), &Preflight::rateAnswered);
}

void Preflight::rateAnswered(const AtResult &result)
{
    if (result.command.startsWith(QLatin1String("AT+IPR="), Qt::CaseInsensitive)) {
        if (!result.ok())
            add(Issue::AutobaudOn, tr("the module refused a fixed serial rate (%1); with autobauding its "
                                      "messages after the reboot are lost")
                                       .arg(result.describe()));
        else
            m_report.figures.insert(QStringLiteral("autobaudFixed"), true);
        finish();
        return;
    }
    if (!result.ok()) {
        // Not every firmware answers the read form; the flow checks again.
        m_report.figures.insert(QStringLiteral("rate"), result.describe());
        finish();
        return;
    }
    const int rate = result.value(QStringLiteral("+IPR:")).trimmed().toInt();
    m_report.figures.insert(QStringLiteral("rate"), rate);
    if (rate != 0) {
        finish();
        return;
    }
    const qint32 inUse = m_session && m_session->channel() && m_session->channel()->port()
                             ? m_session->channel()->port()->baudRate()
                             : 0;
    if (m_options.autobaud == AutobaudPolicy::Refuse || inUse <= 0) {
        add(Issue::AutobaudOn, tr("autobauding is on (AT+IPR? answers 0): the module's messages after "
                                  "its reboot would be lost; set a fixed rate with AT+IPR=<rate>"));
        finish();
        return;
    }
    qCInfo(lcJobs) << "autobaud on; fixing the rate at" << inUse;
    send(QStringLiteral("AT+IPR=%1").arg(inUse), &Preflight::rateAnswered);
}

void Preflight::finish()
{
    if (m_done)
        return;
    m_done = true;
    PreflightReport &r = m_report;
    const bool clean = r.checks.findings.isEmpty();
    r.passed = clean || (m_options.overrideChecks && r.checks.appliesWithOverride());
    r.overridden = r.passed && !clean;
    if (!clean) {
        r.message = r.checks.summary();
        if (!r.passed) {
            // The first finding that cannot be overridden classifies the refusal.
            const Applicability::Finding *first = &r.checks.findings.first();
            for (const Applicability::Finding &f : r.checks.findings) {
                if (!f.overridable) {
                    first = &f;
                    break;
                }
            }
            r.reason = failureReasonFor(first->issue);
            r.advice = r.checks.appliesWithOverride()
                           ? tr("Check the package and the module; override the checks only if you are "
                                "sure this package applies.")
                           : tr("Nothing was changed on the module. Resolve the reason above and start "
                                "the update again.");
        }
    }
    QStringList ids;
    for (const Applicability::Finding &f : r.checks.findings)
        ids << issueId(f.issue);
    r.figures.insert(QStringLiteral("findings"), QJsonValue::fromVariant(ids));
    r.figures.insert(QStringLiteral("overridden"), r.overridden);
    emit finished(r);
}
