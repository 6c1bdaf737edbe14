// fotadesk: the desktop application. Reads the settings, loads the language,
// starts the engine (and, with --demo, a simulated fleet) and shows the window.
#include "demo/demodirector.h"
#include "demo/demofleet.h"
#include "engine/engineapi.h"
#include "engine/enginehost.h"
#include "ui/i18n/language.h"
#include "ui/main/mainwindow.h"
#include "ui/main/notificationbar.h"
#include "ui/settings/settingscontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FotaDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("fotadesk.example"));
    QApplication::setApplicationName(QStringLiteral("FotaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.fotadesk.FotaDesk"));

    QSettings store;
    SettingsController settings(&store, nullptr);
    settings.load();
    Language::install(settings.stored().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Firmware updates for cellular IoT modules over serial/USB and over the air."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scan(QStringLiteral("scan"),
                                  QCoreApplication::translate("main", "Also watch these device paths (repeatable)."),
                                  QStringLiteral("GLOB"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start on a simulated fleet with packages ready."));
    const QCommandLineOption demoModules(QStringLiteral("demo-modules"),
                                         QCoreApplication::translate("main", "Modules in the simulated fleet."),
                                         QStringLiteral("N"), QStringLiteral("8"));
    parser.addOptions({scan, demo, demoModules});
    parser.process(app);

    QStringList globs = parser.values(scan);
    QString dataFolder;
    QString demoProblem;
    std::unique_ptr<DemoFleet> fleet;
    if (parser.isSet(demo)) {
        DemoFleet::Options options;
        options.modules = parser.value(demoModules).toInt();
        fleet = std::make_unique<DemoFleet>(options);
        if (fleet->start(&demoProblem)) {
            globs << fleet->linkGlob();
            // The demo's jobs and transcripts stay out of the real history.
            dataFolder = QDir(fleet->directory()).filePath(QStringLiteral("data"));
        } else {
            fleet.reset();
        }
    }
    settings.setRuntimeOverrides(globs, dataFolder);

    EngineHost host(settings.effective());
    settings.setEngine(host.engine());
    std::unique_ptr<DemoDirector> director;
    if (fleet)
        director = std::make_unique<DemoDirector>(fleet.get(), host.engine());

    MainWindow window(host.engine(), &settings);
    if (fleet) {
        // The simulated modules' network and PFM server, so Update works on
        // any of them without knowing what to type.
        UpdateEntries entries;
        entries.apn = DemoFleet::apn();
        entries.pfmServer = DemoFleet::pfmServerNumber();
        window.setUpdateEntries(entries);
    }
    // Demo trouble is said in the window, like any other event, not in a box
    // that stops everything.
    auto demoFailed = [&window](const QString &why) {
        window.notifications()->notify(NotificationBar::Kind::Failure,
                                       QCoreApplication::translate("main", "FotaDesk demo"),
                                       QCoreApplication::translate("main", "The simulated fleet did not start: %1").arg(why));
    };
    if (!demoProblem.isEmpty())
        demoFailed(demoProblem);
    if (fleet)
        QObject::connect(fleet.get(), &DemoFleet::failed, &window, demoFailed);
    window.show();
    return app.exec();
}
