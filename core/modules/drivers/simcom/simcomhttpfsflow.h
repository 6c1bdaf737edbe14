#pragma once

#include "simcomflow.h"

#include <QElapsedTimer>

// SIM7020 HTTP to file system (PROTOCOLS.md section 3): the module downloads
// the package itself, normally from FotaDesk's own package server (the URL
// UpdateJob registers), with AT+CHTTPCREATE / AT+CHTTPCON / AT+CHTTPTOFS;
// +CHTTPNMIH, +CHTTPTOFS(OK) and +CHTTPERR report it. Then AT+CFOTA=5 with the
// catalog's size and MD5 installs it; reboot and AT+CGMR follow.
//
// The HTTP client instance is disconnected and destroyed however the flow
// ends (success, failure, cancel, timeout), unless the module restarted and
// lost it anyway. Cancel is possible until AT+CFOTA=5.
class SimcomHttpFsFlow final : public SimcomFlow
{
    Q_OBJECT

public:
    SimcomHttpFsFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    SimcomHttpFsFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                     QObject *parent = nullptr);

    // What AT+CHTTPCREATE and AT+CHTTPTOFS are given: "http://host:port" and "/path?query".
    static QString serverPart(const QUrl &url);
    static QString pathPart(const QUrl &url);

protected:
    bool checkRequest() override;
    void deliver() override;
    void onDeliveryUrc(const QString &line) override;
    void onPortLostWhileDelivering() override;
    void onDeliveryWatchdog() override;

private:
    void onCreated(const AtResult &result);
    void onConnected(const AtResult &result);
    void download();
    void onProgress(qint64 received, qint64 total, const QString &line);
    void onStored(qint64 received, qint64 total, const QString &line);
    // AT+CHTTPDISCON and AT+CHTTPDESTROY; `then` runs once they are answered.
    void closeClient(std::function<void()> then = {});

    QString m_md5;
    qint64 m_size = -1;      // the catalog's, or the file's; -1: taken from the download
    qint64 m_announced = -1; // Content-Length of +CHTTPNMIH
    int m_client = -1;       // the module's HTTP client instance; -1: none open
    QElapsedTimer m_clock;
};
