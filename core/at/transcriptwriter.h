#pragma once

#include "traffic.h"

#include <QFile>
#include <QObject>

// Appends a module's Traffic to a text file, one entry a line:
//   2026-11-22T10:15:03.123Z cmd    AT+CGMI
// Each entry is written through at once (no user-space buffer), so a crash or a
// killed process loses nothing that was already seen. Entries arrive masked
// and are masked again here (a note may quote a command).
class TranscriptWriter : public QObject
{
    Q_OBJECT

public:
    explicit TranscriptWriter(QObject *parent = nullptr);

    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    static QByteArray format(const Traffic &entry);

public slots:
    void write(const Traffic &entry);

private:
    QFile m_file;
};
