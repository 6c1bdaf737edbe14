#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class Store;

// What a support desk needs about one module, in one zip: its identity from
// the inventory, its last jobs with steps, figures and events, the settings
// snapshots those steps recorded, its transcripts, FotaDesk's, the OS's and
// Qt's versions and the port's USB identity. Every text that goes in passes
// the one masker (SecretMasker) on its way, whatever the store or a file
// holds, so a bundle can be mailed as it is.
//
// Reads the store through the calling thread's connection and never writes
// it; runs to its end, so the GUI calls it from a worker (BundleExport).
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)

public:
    struct Request
    {
        // An IMEI, a module id ("imei:…", "serial:…"), a serial number, or a
        // port (name or path) the module was last seen on.
        QString target;
        // Empty: "transcripts" beside the store's file.
        QString transcriptsFolder;
        int jobLimit = 20;
        QString appVersion;
    };

    explicit SupportBundle(Store *store);

    // Writes the zip (complete or not at all). False with errorString() when
    // the target is neither a known module nor a port present now, or the
    // file cannot be written.
    bool write(const Request &request, const QString &zipPath);
    QString errorString() const { return m_error; }
    // The names inside the last zip written.
    QStringList contents() const { return m_contents; }
    // Whom the last bundle was about ("imei:…"); empty for a bare port.
    QString moduleId() const { return m_moduleId; }

    // Each line through SecretMasker::maskLine.
    static QString maskText(const QString &text);
    // Every string in `value` masked; a settings entry's values also field by
    // field, as the masker knows the answer's secret fields.
    static QJsonValue maskJson(const QJsonValue &value);

private:
    struct Part
    {
        QString name;
        QByteArray data;
    };

    QList<Part> collect(const Request &request);
    QJsonObject identityPart(const Request &request, QString *port);
    QJsonObject systemPart(const Request &request) const;
    static QJsonObject usbPart(const QString &port);
    QList<qint64> jobIds(int limit) const;
    void addTranscripts(const QString &folder, const QStringList &extraFiles, QList<Part> &parts) const;

    Store *m_store;
    QString m_error;
    QString m_moduleId;
    QString m_imei;
    QStringList m_contents;
};
