#include "verifyflow.h"

#include "applicability.h"

#include <algorithm>

QString VerifyFlow::firmwareFrom(const QStringList &lines)
{
    // AT+CGMR answers one line, bare or "+CGMR: x"; Cinterion's ATI1 answers
    // maker, model, "REVISION x" and "A-REVISION y" (the application's).
    QString last;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("A-REVISION"), Qt::CaseInsensitive))
            continue;
        if (t.startsWith(QLatin1String("REVISION"), Qt::CaseInsensitive))
            return t.mid(8).trimmed();
        last = t.startsWith(QLatin1Char('+')) && t.contains(QLatin1Char(':')) ? t.section(QLatin1Char(':'), 1).trimmed() : t;
    }
    return last;
}

VerifyFlow::VerifyFlow(ModuleSession *session, const UpdateRequest &request, const QString &firmwareQuery,
                       std::chrono::milliseconds waitLimit, QObject *parent)
    : UpdateFlow(session, request, parent), m_query(firmwareQuery), m_waitLimit(waitLimit)
{
    m_reread.setSingleShot(true);
    connect(&m_reread, &QTimer::timeout, this, &VerifyFlow::readFirmware);
}

void VerifyFlow::setInstallActivity(InstallActivity activity, std::chrono::milliseconds silence)
{
    m_activity = std::move(activity);
    m_silence = silence;
}

void VerifyFlow::onUrc(const QString &line)
{
    if (isFinished())
        return;
    if (!m_activity || !m_activity(line)) {
        // Waiting on an old firmware, any line may be the module's end of it
        // ("+CFOTA: Update successfully" changes the version without a restart).
        if (m_reread.isActive() && m_reread.remainingTimeAsDuration() > kSoon)
            m_reread.start(kSoon);
        return;
    }
    if (!m_sinceActivity.isValid() || m_sinceActivity.elapsed() > 1000)
        reportInPhase(m_afterDownload ? tr("The module is still downloading or installing; waiting for it")
                                      : tr("The module is still installing; waiting for it to restart"),
                      line);
    m_sinceActivity.start();
}

void VerifyFlow::start()
{
    ModuleSession *s = session();
    if (!s) {
        fail(FailureReason::Internal, tr("No module session to verify"));
        return;
    }
    // A session first attached after FotaDesk's restart never says
    // "reconnected"; any transition to Connected will do.
    connect(s, &ModuleSession::urcReceived, this, &VerifyFlow::onUrc);
    connect(s, &ModuleSession::stateChanged, this, [this](ModuleSession::State state) {
        if (state == ModuleSession::State::Connected)
            readFirmware();
    });
    if (s->state() == ModuleSession::State::Connected) {
        readFirmware();
        return;
    }
    enterPhase(UpdatePhase::Rebooting, tr("Waiting for the module to finish installing and come back"),
               m_waitLimit);
}

bool VerifyFlow::waitedTooLong() const
{
    return m_clock.isValid() && m_clock.elapsed() > m_waitLimit.count();
}

void VerifyFlow::readFirmware()
{
    if (m_reading || isFinished())
        return;
    if (!m_clock.isValid())
        m_clock.start();
    m_reread.stop();
    m_reading = true;
    enterPhase(UpdatePhase::Reconnected, tr("Reading the firmware version"));
    session()->send(AtCommand(m_query).asPrivileged(), this, [this](const AtResult &result) {
        m_reading = false;
        if (wentAway(result))
            return;
        if (result.status == AtStatus::Timeout && m_sinceActivity.isValid() && !waitedTooLong()) {
            // It answered before on its old firmware: a module that freezes
            // while it flashes (Telit, HL78xx) is busy, not broken.
            m_sinceActivity.start();
            reportInPhase(tr("The module does not answer now; it may be installing. Never power it off."));
            m_reread.start(kPoll);
            return;
        }
        if (!result.ok()) {
            fail(FailureReason::ModuleRefused, tr("The module did not tell its firmware version"),
                 tr("Read it yourself (%1) before updating again.").arg(m_query), result.describe());
            return;
        }
        // Flashing output may be taken into the answer.
        for (const QString &line : result.lines)
            onUrc(line);
        judge(firmwareFrom(result.lines));
    });
}

void VerifyFlow::judge(const QString &firmware)
{
    // The one rule: the version asked for, or, when none was named (a
    // server-held update, a vendor file), any version but the one before.
    const QString expected = request().toVersion;
    const bool stillOld = !request().fromVersion.isEmpty() && sameFirmware(firmware, request().fromVersion);
    if (expected.isEmpty() ? !stillOld : sameFirmware(firmware, expected)) {
        succeed(firmware);
        return;
    }
    if (stillOld && m_afterDownload && !m_downloadQuery.isEmpty()) {
        askDownload(firmware);
        return;
    }
    if (stillOld && m_silence.count() > 0) {
        // The quiet clock starts at the first answer; every install line restarts it.
        if (!m_sinceActivity.isValid())
            m_sinceActivity.start();
        const qint64 left = m_silence.count() - m_sinceActivity.elapsed();
        if (left > 0 && !waitedTooLong()) {
            reportInPhase(tr("The module still runs %1; waiting to see whether it installs").arg(firmware));
            // Read again now and then: a module that installs while it answers
            // may change its version without a restart or a line.
            m_reread.start(std::min(std::chrono::milliseconds(left), kPoll));
            return;
        }
    }
    concludeNotInstalled(firmware, stillOld);
}

// The command's port is gone: lost, or the module was found again after its
// restart on a new one, where the session may be connected already. Wait, or
// ask the new one.
bool VerifyFlow::wentAway(const AtResult &result)
{
    if (result.status != AtStatus::PortLost)
        return false;
    enterPhase(UpdatePhase::Rebooting, tr("The module went away again; waiting for it"), m_waitLimit);
    if (session()->state() == ModuleSession::State::Connected)
        m_reread.start(kSoon);
    return true;
}

void VerifyFlow::askDownload(const QString &firmware)
{
    m_reading = true;
    session()->send(AtCommand(m_downloadQuery).asPrivileged(), this, [this, firmware](const AtResult &result) {
        m_reading = false;
        if (isFinished() || wentAway(result))
            return;
        bool running = false;
        for (const QString &line : result.lines)
            running = (m_activity && m_activity(line)) || running;
        if (!running || waitedTooLong()) {
            concludeNotInstalled(firmware, true);
            return;
        }
        m_sinceActivity.start();
        reportInPhase(tr("The module still runs %1 and downloads the package; waiting for it").arg(firmware),
                      result.lines.value(0));
        // Asked again while it downloads; a long silence is no reason to ask rarely.
        m_reread.start(std::clamp(m_silence, std::chrono::milliseconds(1000), std::chrono::milliseconds(30000)));
    });
}

void VerifyFlow::concludeNotInstalled(const QString &firmware, bool stillOld)
{
    const QString expected = request().toVersion;
    const QString message = !stillOld ? tr("The module runs %1, not the expected %2").arg(firmware, expected)
        : m_afterDownload             ? tr("The module still runs %1: it did not install the package").arg(firmware)
                                      : tr("The module still runs %1: the install did not complete").arg(firmware);
    fail(FailureReason::VersionMismatch, message,
         tr("Update the module again; its settings are as the update left them."));
}
