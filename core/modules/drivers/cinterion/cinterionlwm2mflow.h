#pragma once

#include <optional>

#include "lwm2mprofile.h"
#include "modules/updateflow.h"

#include <QTimer>

#include <chrono>
#include <functional>

// The Cinterion ^SNLWM2M client (UpdateMethod::Lwm2m): FotaDesk writes the
// profile's configuration sequence, starts the client and then follows the
// firmware object 5 (state /5/0/3, result /5/0/5) while the LwM2M server drives
// the update: idle -> downloading -> downloaded -> updating -> reboot -> result.
// Object 5 is read periodically (and taken from ^SNLWM2M URCs when the module
// sends them), never while the module installs.
class CinterionLwm2mFlow final : public UpdateFlow
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds command{5000};
        std::chrono::milliseconds poll{std::chrono::seconds(10)};
        std::chrono::milliseconds serverWait{std::chrono::minutes(30)};
        std::chrono::milliseconds download{std::chrono::minutes(20)};
        std::chrono::milliseconds install{std::chrono::minutes(15)};
        std::chrono::milliseconds reboot{std::chrono::minutes(3)};
        // After the reboot: until object 5 holds the result.
        std::chrono::milliseconds confirmation{std::chrono::minutes(2)};
    };

    static Options defaultOptions(const UpdateRequest &request);
    // What the request alone can say: plain coap to request.url on request.cid.
    // PSK and certificate profiles come from the profile form.
    static Lwm2mProfile profileFromRequest(const UpdateRequest &request);

    CinterionLwm2mFlow(ModuleSession *session, const UpdateRequest &request,
                       const Lwm2mProfile &profile, QObject *parent = nullptr);
    CinterionLwm2mFlow(ModuleSession *session, const UpdateRequest &request,
                       const Lwm2mProfile &profile, const Options &options, QObject *parent = nullptr);
    ~CinterionLwm2mFlow() override;

    void start() override;
    bool isCancellable() const override;

    const Lwm2mProfile &profile() const { return m_profile; }
    // The last object 5 readings; -1 until read.
    int firmwareState() const { return m_state; }
    int firmwareResult() const { return m_result; }

signals:
    // Every reading of object 5, for the profile form's status line.
    void firmwareObjectRead(int state, int result);

protected:
    void onWatchdog() override;

private:
    void failCommand(const AtResult &result);
    void readObject();
    void onReading(const QString &path, const QString &value, const QString &rawLine);
    void applyReadings(const QString &rawLine);
    void onDisconnected();
    void onInstallLine(const QString &line);
    void onReconnected(const QString &portName);
    void verify();

    Lwm2mProfile m_profile;
    Options m_options;
    QTimer m_poll;
    QString m_firmwareBefore;
    int m_state = -1;
    int m_result = -1;
    // /5/0/5 as this job first read it: the result of an earlier update,
    // which says nothing about this one until the server starts another.
    std::optional<int> m_earlierResult;
    bool m_reading = false;
    bool m_rebooted = false;
    bool m_started = false;
};
