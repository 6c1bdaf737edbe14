#include "bundlecommand.h"

#include "clicommon.h"

#include "fleet/pathcomponent.h"
#include "fleet/store.h"
#include "support/supportbundle.h"

#include <QCoreApplication>
#include <QDateTime>

void BundleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("module-or-port"),
                                 tr("The module's IMEI (or serial number), or the port it is or was on."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The zip to write (default: fotadesk-bundle-<module>-<time>.zip here)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("limit"), tr("How many of the module's last jobs (default 20)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("store"), tr("The history database (default: in the user's data folder)."), QStringLiteral("PATH")});
}

int BundleCommand::start(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        Cli::error(tr("bundle wants one module or port; run 'fotadesk-cli bundle --help'"));
        return ExitUsage;
    }
    SupportBundle::Request request;
    request.target = args.first();
    request.appVersion = QCoreApplication::applicationVersion();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        request.jobLimit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.jobLimit <= 0) {
            Cli::error(tr("--limit wants a positive number; got \"%1\"").arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }
    const QString output = parser.isSet(QStringLiteral("output"))
        ? parser.value(QStringLiteral("output"))
        : QStringLiteral("fotadesk-bundle-%1-%2.zip")
              .arg(pathComponentFor(request.target),
                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : Store::defaultPath();
    Store store;
    // Only read; nothing to make durable in the background.
    store.setDurability(Store::Durability::Normal);
    if (!store.open(path)) {
        Cli::error(tr("the history database %1 cannot be opened: %2").arg(path, store.errorString()));
        return ExitModuleFailure;
    }
    SupportBundle bundle(&store);
    if (!bundle.write(request, output)) {
        Cli::error(bundle.errorString());
        return ExitModuleFailure;
    }
    Cli::out() << tr("%1: %n file(s) about %2, secrets masked", nullptr, int(bundle.contents().size()))
                      .arg(output, bundle.moduleId().isEmpty() ? request.target : bundle.moduleId())
               << Qt::endl;
    return ExitOk;
}
