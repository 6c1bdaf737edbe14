#include "controlserver.h"

#include "simmodule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

ControlServer::ControlServer(SimModule &module, QObject *parent)
    : QObject(parent)
    , m_module(module)
{
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onConnection);
    connect(&module, &SimModule::commandReceived, &m_commands, &CommandLog::record);
}

ControlServer::~ControlServer()
{
    const QString path = m_server.fullServerName();
    m_server.close();
    if (!path.isEmpty())
        QLocalServer::removeServer(path);
}

bool ControlServer::listen(const QString &path, QString *error)
{
    QLocalServer::removeServer(path); // a stale socket from a killed simulator
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(path)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    return true;
}

void ControlServer::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed();
                if (line.isEmpty())
                    continue;
                socket->write(answer(socket, line) + '\n');
                socket->flush();
            }
        });
    }
}

QByteArray ControlServer::answer(QLocalSocket *socket, const QByteArray &line)
{
    const QString text = QString::fromUtf8(line).trimmed();
    const QString verb = text.section(QLatin1Char(' '), 0, 0).toLower();
    const QString rest = text.section(QLatin1Char(' '), 1).trimmed();
    if (verb == QLatin1String("received")) {
        bool ok = rest.isEmpty();
        const int count = ok ? 16 : rest.toInt(&ok);
        if (!ok || count <= 0)
            return "ERROR received takes a number of commands, e.g. received 8";
        QJsonArray list;
        for (const CommandLog::Entry &e : m_commands.last(count))
            list.append(e.toJson());
        return QJsonDocument(list).toJson(QJsonDocument::Compact);
    }
    if (verb == QLatin1String("watch")) {
        // Pushed as they arrive, so a watcher acts within one event-loop turn of
        // the module reading the command, not at its next poll.
        connect(&m_commands, &CommandLog::recorded, socket, [socket](const CommandLog::Entry &e) {
            socket->write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
            socket->flush();
        });
        return "OK";
    }
    return execute(m_module, line);
}

QByteArray ControlServer::execute(SimModule &module, const QByteArray &line)
{
    const QString text = QString::fromUtf8(line).trimmed();
    const QString verb = text.section(QLatin1Char(' '), 0, 0).toLower();
    const QString rest = text.section(QLatin1Char(' '), 1).trimmed();
    QPointer<SimModule> guard(&module);
    // Actions run from the event loop, after the answer is on its way.
    auto later = [guard](auto fn) {
        QTimer::singleShot(0, guard.data(), [guard, fn] {
            if (guard)
                fn(*guard);
        });
    };
    if (verb == QLatin1String("server-request")) {
        if (!module.serverRequest(rest == QLatin1String("auto")))
            return "ERROR nothing to request: no OTA package, not registered, or not this family";
        return "OK";
    }
    if (verb == QLatin1String("fault")) {
        if (rest == QLatin1String("clear")) {
            module.clearFaults();
            return "OK";
        }
        QString error;
        if (!module.addFault(rest, &error))
            return "ERROR " + error.toUtf8();
        return "OK";
    }
    if (verb == QLatin1String("reboot")) {
        later([](SimModule &m) { m.reboot(); });
        return "OK";
    }
    if (verb == QLatin1String("unplug")) {
        bool ok = false;
        const int ms = rest.toInt(&ok);
        if (!ok || ms < 0)
            return "ERROR unplug takes a downtime in milliseconds";
        later([ms](SimModule &m) { m.unplug(std::chrono::milliseconds(ms)); });
        return "OK";
    }
    if (verb == QLatin1String("status")) {
        QJsonObject o;
        o.insert(QStringLiteral("family"), familyId(module.config().family));
        o.insert(QStringLiteral("link"), module.currentLink());
        o.insert(QStringLiteral("up"), module.isUp());
        o.insert(QStringLiteral("imei"), module.config().imei);
        o.insert(QStringLiteral("firmware"), module.firmware());
        o.insert(QStringLiteral("baud"), module.moduleBaud());
        o.insert(QStringLiteral("faults"), QJsonArray::fromStringList(module.faultSpecs()));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    if (verb == QLatin1String("quit")) {
        later([](SimModule &m) { emit m.quitRequested(); });
        return "OK";
    }
    return "ERROR unknown command; try server-request, fault SPEC, reboot, unplug MS, status, received [N], watch, quit";
}
