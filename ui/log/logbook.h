#pragma once

#include <QHash>
#include <QObject>

class EngineApi;
class LogModel;

// Every module's live log, fed from the engine's traffic batches whether or
// not anyone is looking, so switching modules shows their recent past at once.
class LogBook : public QObject
{
    Q_OBJECT

public:
    explicit LogBook(QObject *parent = nullptr);

    void attach(EngineApi *engine);
    void setMaxRowsPerModule(int rows);
    int maxRowsPerModule() const { return m_maxRows; }

    // Made on first use; owned by the book.
    LogModel *log(const QString &moduleId);
    bool hasLog(const QString &moduleId) const { return m_logs.contains(moduleId); }
    void forget(const QString &moduleId);

private:
    QHash<QString, LogModel *> m_logs;
    int m_maxRows;
};
