#include "logbook.h"

#include "engine/engineapi.h"
#include "logmodel.h"

LogBook::LogBook(QObject *parent)
    : QObject(parent)
    , m_maxRows(LogModel::kDefaultMaxRows)
{
}

void LogBook::attach(EngineApi *engine)
{
    connect(engine, &EngineApi::trafficBatch, this,
            [this](const QString &moduleId, const QList<Traffic> &entries) { log(moduleId)->enqueue(entries); });
    // A module that is gone for good (not a reboot) takes its log with it; its
    // transcript stays on disk.
    connect(engine, &EngineApi::moduleRemoved, this, &LogBook::forget);
}

void LogBook::setMaxRowsPerModule(int rows)
{
    m_maxRows = rows;
    for (LogModel *log : std::as_const(m_logs))
        log->setMaxRows(rows);
}

LogModel *LogBook::log(const QString &moduleId)
{
    LogModel *&log = m_logs[moduleId];
    if (!log) {
        log = new LogModel(this);
        log->setMaxRows(m_maxRows);
    }
    return log;
}

void LogBook::forget(const QString &moduleId)
{
    if (LogModel *log = m_logs.take(moduleId))
        log->deleteLater();
}
