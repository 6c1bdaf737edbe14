#pragma once

#include <QLocalServer>
#include <QObject>

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

private:
    void onConnection();

    SimModule &m_module;
    QLocalServer m_server;
};
