#include "bundleexport.h"

#include "fleet/store.h"

#include <memory>

namespace {

struct Outcome
{
    bool ok = false;
    QString message;
};

Outcome writeBundle(const QString &storePath, const SupportBundle::Request &request, const QString &zipPath)
{
    Store store;
    // Only read: no background checkpoints from this connection.
    store.setDurability(Store::Durability::Normal);
    if (!store.open(storePath))
        return {false, SupportBundle::tr("the history database %1 cannot be opened: %2").arg(storePath, store.errorString())};
    SupportBundle bundle(&store);
    const bool ok = bundle.write(request, zipPath);
    const Outcome out{ok, ok ? SupportBundle::tr("Diagnostics written to %1 (%n file(s), secrets masked).", nullptr,
                                                 int(bundle.contents().size()))
                                   .arg(zipPath)
                             : bundle.errorString()};
    store.close();
    return out;
}

} // namespace

BundleExport::BundleExport(QObject *parent)
    : QObject(parent)
{
}

BundleExport::~BundleExport()
{
    if (m_thread) {
        // The zip is complete or absent (QSaveFile); only its end is awaited.
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

bool BundleExport::start(const QString &storePath, const SupportBundle::Request &request, const QString &zipPath)
{
    if (m_thread)
        return false;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, storePath, request, zipPath] {
        *outcome = writeBundle(storePath, request, zipPath);
    });
    m_thread->setObjectName(QStringLiteral("fotadesk-bundle"));
    connect(m_thread, &QThread::finished, this, [this, outcome, zipPath] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(outcome->ok, outcome->message, zipPath);
    });
    m_thread->start();
    return true;
}
