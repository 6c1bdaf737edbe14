#pragma once

#include "transfer/packageserverlimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

class PackageServer;
class QCommandLineParser;

// --bind ADDR:PORT and --advertise HOST, shared by `serve` and `update`: where
// FotaDesk's package server listens and which host it puts in the URLs it
// hands to modules (a module on a mobile network cannot reach 127.0.0.1).
class ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    static void add(QCommandLineParser &parser);
    // Reads the options; false (and the usage error printed) when malformed.
    bool read(const QCommandLineParser &parser);
    // Listens; false with the reason printed.
    bool listen(PackageServer &server) const;

    bool isSet() const { return m_set; }

private:
    QHostAddress m_address{QHostAddress::LocalHost};
    quint16 m_port = 0;
    QString m_advertise;
    PackageServerLimits m_limits; // the station's settings (server/limits/*)
    bool m_set = false;
};
