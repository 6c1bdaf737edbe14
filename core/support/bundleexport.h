#pragma once

#include "supportbundle.h"

#include <QObject>
#include <QPointer>
#include <QThread>

// A support bundle written off the caller's thread: the GUI's "Export
// diagnostics…" starts one and hears finished(). The worker opens the store
// file on its own connection (a reader beside the engine, which keeps
// writing), so neither the GUI nor the engine thread waits for the zip.
class BundleExport : public QObject
{
    Q_OBJECT

public:
    explicit BundleExport(QObject *parent = nullptr);
    ~BundleExport() override;

    // `storePath`: the history database's file. False if one is running.
    bool start(const QString &storePath, const SupportBundle::Request &request, const QString &zipPath);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // `message`: for people, the file written or what went wrong.
    void finished(bool ok, const QString &message, const QString &zipPath);

private:
    QThread *m_thread = nullptr;
};
