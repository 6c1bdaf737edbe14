#include "storecheckpointer.h"

#include "fleetlog.h"
#include "store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

StoreCheckpointer::StoreCheckpointer(Store *store, int intervalMs, QObject *parent)
    : QObject(parent), m_store(store), m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("fotadesk-store-checkpoint"));
}

StoreCheckpointer::~StoreCheckpointer()
{
    stop();
}

void StoreCheckpointer::start()
{
    if (m_thread.isRunning())
        return;
    auto *timer = new QTimer; // lives and dies in the checkpoint thread
    timer->setInterval(m_intervalMs);
    timer->moveToThread(&m_thread);
    Store *store = m_store;
    connect(timer, &QTimer::timeout, timer, [store] {
        QSqlQuery q(store->database()); // this thread's own connection
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcFleet) << "checkpoint failed:" << q.lastError().text();
    });
    connect(&m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    connect(&m_thread, &QThread::finished, timer, [store, timer] {
        // A last checkpoint, then the connection goes with the thread.
        {
            QSqlQuery q(store->database());
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
        store->releaseThreadConnection();
        delete timer;
    });
    m_thread.start();
}

void StoreCheckpointer::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}
