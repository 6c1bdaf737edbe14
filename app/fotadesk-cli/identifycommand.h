#pragma once

#include "clicommand.h"

#include "discovery/probe.h"

#include <QJsonArray>
#include <QMap>
#include <memory>

class PortFactory;
class Prober;
class RateMemory;
class QSettings;

// fotadesk-cli identify <port>... [--baud N] [--json]: probes every port at
// once and prints who each module is.
class IdentifyCommand final : public CliCommand
{
    Q_OBJECT

public:
    IdentifyCommand();
    ~IdentifyCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

    // The exit status for one probe's outcome (DESIGN.md).
    static int exitCodeFor(const Probe &probe);

private:
    struct Answer
    {
        PortInfo port;
        int code = ExitOk;
        QJsonObject json;
        QStringList text;
    };

    void onFinished(Probe *probe);
    void report();

    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<RateMemory> m_rates;
    std::unique_ptr<PortFactory> m_factory;
    Prober *m_prober = nullptr;
    QStringList m_order;
    QMap<QString, Answer> m_answers;
    bool m_json = false;
};
