#pragma once

#include "discovery/discoverysettings.h"
#include "discovery/portinfo.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <optional>

// What every subcommand shares: the output streams, --scan, the settings,
// port names given on the command line, aligned tables.
namespace Cli {

QTextStream &out();
QTextStream &err();
// "fotadesk-cli: <message>" on stderr.
void error(const QString &message);

void addScanOption(QCommandLineParser &parser);
// The user's settings (ports/extra, probe timeouts, baud list) plus --scan.
DiscoverySettings settings(const QCommandLineParser &parser);
// --baud N: nullopt when absent; 0 after reporting a usage error.
std::optional<qint32> baudOption(const QCommandLineParser &parser, const QString &name = QStringLiteral("baud"));

// A port name (ttyUSB0), a device path or a symlink, or the file name of a
// port the scan globs find. Reports and returns nullopt when there is none.
std::optional<PortInfo> resolvePort(const QString &arg, const QStringList &scanGlobs);

void printJson(const QJsonDocument &doc);

// Columns padded to their widest cell, for people.
class Table
{
public:
    explicit Table(QStringList header) : m_rows{std::move(header)} { }
    void add(QStringList row) { m_rows << std::move(row); }
    void print(QTextStream &stream) const;

private:
    QList<QStringList> m_rows;
};

} // namespace Cli
