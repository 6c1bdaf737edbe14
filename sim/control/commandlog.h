#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

// The command lines a module received, newest last, for a test or bench that
// must act on what reached the module rather than on what the host believes
// it sent (a kill right after a commit command, say). Secrets are masked as
// FotaDesk masks them in its transcripts: the control socket is readable by
// whoever runs the simulator.
class CommandLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 sequence = 0; // 1 for the first command since the simulator started
        qint64 atMs = 0;     // milliseconds since the epoch
        QString command;
        QJsonObject toJson() const;
    };

    explicit CommandLog(QObject *parent = nullptr);

    void record(const QString &commandLine);
    // The last `count` entries, oldest first.
    QList<Entry> last(int count) const;

    static constexpr int kCapacity = 256;

signals:
    void recorded(const CommandLog::Entry &entry);

private:
    std::deque<Entry> m_entries;
    qint64 m_sequence = 0;
};
