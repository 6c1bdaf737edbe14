#pragma once

#include <QObject>
#include <QString>
#include <QThread>

class Store;

// Makes the store's commits durable in the background: with
// synchronous=NORMAL a WAL commit does not wait for the disk, and SQLite syncs
// the WAL before every checkpoint. A passive checkpoint every interval, from
// a thread of its own with its own connection, bounds what a power cut can
// take (one interval of records) while the engine thread never waits for a
// disk flush. A killed process loses nothing either way (the WAL is in the
// OS's cache).
class StoreCheckpointer : public QObject
{
    Q_OBJECT

public:
    StoreCheckpointer(Store *store, int intervalMs, QObject *parent = nullptr);
    ~StoreCheckpointer() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

private:
    Store *m_store;
    int m_intervalMs;
    QThread m_thread;
};
