#pragma once

#include <QLocalServer>
#include <QObject>

#include "control/commandlog.h"

class QLocalSocket;
class SimModule;

// The control socket of a running module: a Unix socket taking one command a
// line and answering one line, "OK", "ERROR <why>" or, for `status`, a JSON
// object. Commands (also in fotadesk-sim --help):
//
//   server-request [auto]   the family's server asks for an update
//   fault SPEC              adds a fault (FaultSet grammar); `fault clear` removes all
//   reboot                  orderly reboot
//   unplug MS               power removed for MS milliseconds
//   status                  {"link":..., "firmware":..., "up":..., "faults":[...]}
//   received [N]            the last N (default 16) command lines the module
//                           received, oldest first: [{"n":..,"ms":..,"command":..}]
//   watch                   "OK", then one such object a line for every command
//                           line received from now on, until the client leaves
//   quit                    the simulator process ends
class ControlServer : public QObject
{
    Q_OBJECT

public:
    explicit ControlServer(SimModule &module, QObject *parent = nullptr);
    ~ControlServer() override;

    bool listen(const QString &path, QString *error = nullptr);
    // Runs one command line and returns the answer line (without newline).
    static QByteArray execute(SimModule &module, const QByteArray &line);

    const CommandLog &commands() const { return m_commands; }

private:
    void onConnection();
    // `received` and `watch` need the log; everything else is execute().
    QByteArray answer(QLocalSocket *socket, const QByteArray &line);

    SimModule &m_module;
    QLocalServer m_server;
    CommandLog m_commands;
};
