#pragma once

#include "modules/updateflow.h"

#include <QElapsedTimer>
#include <QTimer>

#include <chrono>
#include <functional>

// The end of an update FotaDesk did not see: the module was installing when
// FotaDesk stopped (crash, kill, power). Waits for the module to come back
// (its session connected again), reads its firmware and compares it with the
// version the job expected. Used by crash recovery in place of the family's
// flow; it never sends anything that could disturb an install.
//
// A module that flashes while it still answers AT (Cinterion's phase 1)
// reports its old firmware until it restarts: "not installed" is concluded
// only after the module stayed quiet for `silence` and then still answered
// with the old firmware.
class VerifyFlow final : public UpdateFlow
{
    Q_OBJECT

public:
    using InstallActivity = std::function<bool(const QString &line)>;

    VerifyFlow(ModuleSession *session, const UpdateRequest &request, const QString &firmwareQuery,
               std::chrono::milliseconds waitLimit, QObject *parent = nullptr);
    // Lines that show an install running, and how long the module must be
    // without them before an old firmware means "not installed".
    void setInstallActivity(InstallActivity activity, std::chrono::milliseconds silence);
    // The module was told to download on its own: it may still be
    // downloading, and an old firmware at the end means it did not install
    // the package (rather than an install that did not complete).
    void setAfterDownloadCommit(bool afterDownload) { m_afterDownload = afterDownload; }
    // The family's read that shows a download running (its answer lines go
    // through the activity test): asked before "not installed" is concluded
    // after a download commit, instead of waiting out the silence.
    void setDownloadQuery(const QString &query) { m_downloadQuery = query; }

    void start() override;
    // The firmware version in the answer to a family's firmware query.
    static QString firmwareFrom(const QStringList &lines);
    // Waiting may be abandoned; nothing runs on the module's behalf.
    bool isCancellable() const override { return !isFinished(); }

private:
    void readFirmware();
    void onUrc(const QString &line);
    void judge(const QString &firmware);
    void askDownload(const QString &firmware);
    bool wentAway(const AtResult &result);
    // The whole wait (download, install and restart) is over.
    bool waitedTooLong() const;

    static constexpr std::chrono::milliseconds kPoll{30000}; // reads while a module may install
    static constexpr std::chrono::milliseconds kSoon{500};   // after a line from the module
    void concludeNotInstalled(const QString &firmware, bool stillOld);

    QString m_query;
    std::chrono::milliseconds m_waitLimit;
    bool m_reading = false;
    InstallActivity m_activity;
    std::chrono::milliseconds m_silence{0};
    bool m_afterDownload = false;
    QString m_downloadQuery;
    QElapsedTimer m_sinceActivity; // invalid until a read or an install line
    QElapsedTimer m_clock;         // from the first read
    QTimer m_reread;
};
