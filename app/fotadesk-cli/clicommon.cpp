#include "clicommon.h"

#include "discovery/portenumerator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void error(const QString &message)
{
    err() << "fotadesk-cli: " << message << Qt::endl;
}

void addScanOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("scan"),
                      QCoreApplication::translate("fotadesk-cli",
                                                  "Also watch device paths matching GLOB (repeatable), "
                                                  "e.g. '/tmp/modems/*'; pseudo-terminals are not "
                                                  "listed by the system. Adds to the setting ports/extra."),
                      QStringLiteral("GLOB")});
}

DiscoverySettings settings(const QCommandLineParser &parser)
{
    DiscoverySettings s;
    QSettings store;
    s.load(store);
    for (const QString &glob : parser.values(QStringLiteral("scan"))) {
        if (!s.scanGlobs.contains(glob))
            s.scanGlobs << glob;
    }
    return s;
}

std::optional<qint32> baudOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const qint32 baud = parser.value(name).toInt(&ok);
    if (!ok || baud <= 0) {
        error(QCoreApplication::translate("fotadesk-cli", "--%1 wants a rate in baud, such as 115200; got \"%2\"")
                  .arg(name, parser.value(name)));
        return 0;
    }
    return baud;
}

std::optional<PortInfo> resolvePort(const QString &arg, const QStringList &scanGlobs)
{
    const QList<PortInfo> known = SystemPortEnumerator(scanGlobs).ports();
    const bool isPath = arg.contains(QLatin1Char('/'));
    const QString canonical = QFileInfo(arg).canonicalFilePath();
    for (const PortInfo &p : known) {
        if (p.name == arg || (!isPath && QFileInfo(p.name).fileName() == arg)
            || (isPath && !canonical.isEmpty() && p.device == canonical && p.name == arg))
            return p;
    }
    if (isPath) {
        if (QFileInfo::exists(arg)) {
            PortInfo info = PortInfo::named(arg, canonical);
            for (const PortInfo &p : known) { // the USB facts of the device behind it
                if (p.device == canonical) {
                    info = p;
                    info.name = arg;
                }
            }
            return info;
        }
    } else if (QFileInfo::exists(QStringLiteral("/dev/") + arg)) {
        return PortInfo::named(arg, QFileInfo(QStringLiteral("/dev/") + arg).canonicalFilePath());
    }
    error(QCoreApplication::translate("fotadesk-cli",
                                      "no port \"%1\"; run 'fotadesk-cli ports' to list the ports "
                                      "(add --scan GLOB for pseudo-terminals)")
              .arg(arg));
    return std::nullopt;
}

void printJson(const QJsonDocument &doc)
{
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

void Table::print(QTextStream &stream) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
            else
                line += row.at(i);
        }
        stream << line.trimmed() << Qt::endl;
    }
}

} // namespace Cli
