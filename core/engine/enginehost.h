#pragma once

#include "enginesettings.h"

#include <QObject>
#include <QThread>

class EngineApi;
class Engine;

// Runs the engine in its own thread: every serial port, timer and database
// connection of the engine lives there, so the GUI thread only renders. The
// engine is created and destroyed inside that thread.
class EngineHost : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(const EngineSettings &settings, QObject *parent = nullptr);
    ~EngineHost() override;

    EngineApi *engine() const;

private:
    QThread m_thread;
    Engine *m_engine = nullptr;
};
