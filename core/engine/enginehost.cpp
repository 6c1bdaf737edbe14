#include "enginehost.h"

#include "engine.h"

EngineHost::EngineHost(const EngineSettings &settings, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("fotadesk-engine"));
    m_engine = new Engine(settings);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &Engine::start);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    // Stop the engine in its own thread (closing ports, flushing the store),
    // then let the thread's finished() delete it there.
    QMetaObject::invokeMethod(m_engine, &Engine::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

EngineApi *EngineHost::engine() const
{
    return m_engine;
}
