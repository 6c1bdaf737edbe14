#include "settingsrestorer.h"

#include "atsequence.h"
#include "settingsreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SettingsRestorer", text);
}

bool containsValue(const QStringList &values, const QString &value)
{
    const QString wanted = normalisedSettingValue(value);
    for (const QString &v : values) {
        if (normalisedSettingValue(v) == wanted)
            return true;
    }
    return false;
}

} // namespace

QStringList RestoreReport::warnings() const
{
    QStringList out;
    for (const SettingDifference &d : differences)
        out << tr("setting not as before the update: %1").arg(d.describe());
    for (const QString &n : notRestored)
        out << n;
    for (const QString &e : writeErrors)
        out << tr("writing a setting back failed: %1").arg(e);
    return out;
}

QJsonObject RestoreReport::toJson() const
{
    QJsonArray diffs;
    for (const SettingDifference &d : differences)
        diffs.append(QJsonObject{{QStringLiteral("name"), d.name},
                                 {QStringLiteral("before"), QJsonArray::fromStringList(d.before)},
                                 {QStringLiteral("after"), QJsonArray::fromStringList(d.after)}});
    return {
        {QStringLiteral("written"), written},
        {QStringLiteral("differences"), diffs},
        {QStringLiteral("notRestored"), QJsonArray::fromStringList(notRestored)},
        {QStringLiteral("writeErrors"), QJsonArray::fromStringList(writeErrors)},
    };
}

SettingsRestorer::SettingsRestorer(ModuleSession *session, const SettingsProfile &profile,
                                   const SettingsSnapshot &backup, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_backup(backup),
      m_reader(new SettingsReader(session, profile, this)),
      m_writer(new AtSequence(session, this))
{
    connect(m_reader, &SettingsReader::failed, this, &SettingsRestorer::failed);
    connect(m_reader, &SettingsReader::finished, this, [this](const SettingsSnapshot &s) {
        if (m_rereading)
            compared(s);
        else
            readBack(s);
    });
    connect(m_writer, &AtSequence::finished, this, &SettingsRestorer::written);
}

void SettingsRestorer::setTimeout(std::chrono::milliseconds timeout)
{
    m_reader->setTimeout(timeout);
    m_writer->setTimeout(timeout);
}

void SettingsRestorer::start()
{
    m_report = {};
    m_unrestorable.clear();
    m_rereading = false;
    m_reader->start();
}

void SettingsRestorer::abort()
{
    m_reader->abort();
    m_writer->abort();
}

void SettingsRestorer::readBack(const SettingsSnapshot &now)
{
    m_writes.clear();
    for (const SettingItem &item : m_profile.items) {
        const SettingValue *before = m_backup.find(item.name);
        if (!before || !before->readable)
            continue;
        const SettingValue *current = now.find(item.name);
        if (before->masked && item.restorable()) {
            // A backup read from the step's figures (a restore after a crash)
            // has its secret fields masked: secrets are never written to the
            // store, so none can be written back from it either. Masking only
            // the secret fields, rather than leaving such settings out of the
            // figures, keeps everything else of the backup restorable, and the
            // masked rest still tells whether the update wiped the setting: if
            // the module shows the same masked value, nothing needs doing;
            // otherwise the person is told which setting to enter again,
            // never sent "***" as a password.
            const QStringList shown = current ? current->maskedValues() : QStringList();
            bool same = true;
            for (const QString &v : before->values)
                same = same && containsValue(shown, v);
            if (!same) {
                m_unrestorable << item.name;
                m_report.notRestored << tr("%1: its password was not kept with the job (secrets never are), so "
                                           "it could not be written back after the interruption: enter it again")
                                            .arg(item.name);
            }
            continue;
        }
        const QStringList currentValues = current ? current->values : QStringList();
        QStringList missing;
        for (const QString &v : before->values) {
            if (!containsValue(currentValues, v))
                missing << v;
        }
        if (missing.isEmpty())
            continue;
        if (!item.restorable()) {
            m_unrestorable << item.name;
            m_report.notRestored << (item.secret.isEmpty()
                                         ? tr("%1 cannot be written back by FotaDesk").arg(item.name)
                                         : tr("%1: %2").arg(item.name, item.secret));
            continue;
        }
        for (const QString &v : std::as_const(missing))
            m_writes << item.writeCommand(v);
    }
    if (m_writes.isEmpty()) {
        compared(now);
        return;
    }
    m_writer->run(m_profile.before + m_writes + m_profile.after);
}

void SettingsRestorer::written(const QList<AtResult> &results, bool complete)
{
    if (!complete) {
        emit failed(results.isEmpty() ? QString() : results.last().describe());
        return;
    }
    for (const AtResult &r : results) {
        if (!m_writes.contains(r.command))
            continue;
        if (r.ok())
            ++m_report.written;
        else
            m_report.writeErrors << tr("%1 answered %2").arg(r.command, r.describe());
    }
    m_rereading = true;
    m_reader->start();
}

void SettingsRestorer::compared(const SettingsSnapshot &after)
{
    m_report.after = after;
    // A setting already reported as not restorable is not reported twice.
    for (const SettingDifference &d : SettingsSnapshot::compare(m_backup, after)) {
        if (!m_unrestorable.contains(d.name))
            m_report.differences << d;
    }
    emit finished(m_report);
}
