#pragma once

#include "at/urcregistry.h"

#include <QByteArray>
#include <QSerialPort>
#include <QSet>
#include <QStringList>

// A plain serial host for simulator tests: the real QSerialPort on the
// simulator's link, lines collected as they arrive. Waits run the event loop
// (QTest::qWaitFor), so a simulator in the same thread keeps working.
class SimClient
{
public:
    // `urcs`: lines command() leaves out unless they carry the command's own
    // name (as AtChannel does), e.g. urcRegistryFor(family).
    explicit SimClient(const QString &link, qint32 baud = 115200, const UrcRegistry &urcs = {});

    bool open();
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    QSerialPort &port() { return m_port; }
    bool setBaud(qint32 baud) { return m_port.setBaudRate(baud); }

    // Sends `command` + CR; returns the lines after it up to and including the
    // final result code (echo and blank lines left out); empty on timeout.
    QStringList command(const QString &command, int timeoutMs = 5000);
    // The final result code of command() (its last line), or "" on timeout.
    QString run(const QString &command, int timeoutMs = 5000);
    // Waits for a line starting with `prefix` after the read cursor and moves
    // the cursor past it; returns the line or a null string.
    QString waitForLine(const QString &prefix, int timeoutMs = 5000);
    // Lines after the cursor that start with `prefix`, without waiting.
    QStringList linesStartingWith(const QString &prefix) const;
    bool waitForBytes(const QByteArray &bytes, int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs = 5000);

    void write(const QByteArray &bytes);
    QByteArray allBytes() const { return m_all; }
    QStringList allLines() const { return m_lines; }
    void skipAll() { m_cursor = m_lines.size(); m_rawCursor = m_all.size(); }
    QByteArray takeRaw();

    static bool isFinal(const QString &line);
    static bool matches(const QString &line, const QString &prefix);

private:
    void pump();

    QSerialPort m_port;
    UrcRegistry m_urcs;
    QByteArray m_all;
    QByteArray m_partial;
    QStringList m_lines;
    QSet<qsizetype> m_consumed; // lines that answered a command()
    qsizetype m_cursor = 0;
    qsizetype m_rawCursor = 0;
};
