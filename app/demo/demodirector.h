#pragma once

#include <QObject>
#include <QSet>

class DemoFleet;
class EngineApi;

// Plays the parts of a demo the simulated modules cannot: puts the demo's
// packages in the engine's catalog, and acts as the FOTA server that offers an
// update when a module's job waits for one (Telit PFM, AirVantage), so the
// agreement questions appear as they would in the field.
class DemoDirector : public QObject
{
    Q_OBJECT

public:
    DemoDirector(DemoFleet *fleet, EngineApi *engine, QObject *parent = nullptr);

private:
    DemoFleet *m_fleet;
    EngineApi *m_engine;
    QSet<qint64> m_offered; // job ids: one offer per job
};
