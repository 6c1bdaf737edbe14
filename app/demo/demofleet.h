#pragma once

#include "fleet/packageinfo.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// A simulated fleet for demos and first steps: fotadesk-sim child processes,
// one per module (every family, round-robin), each on a pseudo-terminal link
// in a temporary folder, plus one package per family that matches the
// simulated firmware. The host adds linkGlob() to its scan globs and the
// packages to its catalog; the modules then appear like real ones.
class DemoFleet : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int modules = 8;          // at least one per family
        QString simulator;        // empty: findSimulator()
        bool pace = true;         // bytes at the wire rate, so transfers take visible time
        bool reenumerate = true;  // modules come back on a new port name after their reboot
    };

    // What one simulated module is and the package that updates it.
    struct Module
    {
        Family family = Family::Unknown;
        QString link;
        QString imei;
        QString packagePath;
    };

    explicit DemoFleet(const Options &options, QObject *parent = nullptr);
    ~DemoFleet() override;

    // What a person enters in the update dialog for the simulated fleet: the
    // modules' APN and the SMS number of the PFM server the Telit modules
    // register with (fotadesk-cli demo sends the same values).
    static QString apn() { return QStringLiteral("internet"); }
    static QString pfmServerNumber() { return QStringLiteral("+15550100"); }

    // fotadesk-sim next to the application, or in the build tree beside it.
    static QString findSimulator(const QString &applicationDir);
    // The package each family gets: versions as fotadesk-sim's defaults.
    static QList<PackageInfo> plannedPackages(const QString &folder);

    // Makes the folder and starts making packages; false (and `error`) when
    // the simulator is missing or the folder cannot be made.
    bool start(QString *error);
    void stop();

    QString directory() const { return m_dir ? m_dir->path() : QString(); }
    QString linkGlob() const;
    QList<Module> modules() const { return m_modules; }
    QList<PackageInfo> packages() const { return m_packages; }
    bool isModule(const QString &imei) const;
    // Plays the family's FOTA server: it offers the module its package now
    // (Telit PFM asks "Do you want to upgrade?", HL78xx gets an AirVantage
    // operation). Runs `fotadesk-sim control ... server-request`.
    void offerUpdate(const QString &imei);

signals:
    void packagesReady(const QList<PackageInfo> &packages);
    void moduleStarted(const QString &link);
    void fleetReady();
    void failed(const QString &reason);

private:
    void makeNextPackage();
    void startModules();
    void startModule(int index);

    Options m_options;
    QString m_simulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<PackageInfo> m_packages;
    int m_packagesMade = 0;
    QList<Module> m_modules;
    QList<QProcess *> m_processes;
    int m_started = 0;
};
