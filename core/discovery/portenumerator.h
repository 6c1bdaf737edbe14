#pragma once

#include "portinfo.h"

#include <QList>
#include <QStringList>

// Lists the serial ports present now. Swappable so tests (and the benchmark)
// can present any set of ports without hardware.
class PortEnumerator
{
public:
    virtual ~PortEnumerator();
    virtual QList<PortInfo> ports() const = 0;
    // Directories whose changes mean the list may have changed (watched so a
    // new port is seen before the next poll). Empty: polling only.
    virtual QStringList watchDirectories() const { return {}; }
};

// The product's enumerator: the OS's serial ports (QSerialPortInfo) plus every
// existing path matching the scan globs. A glob path that leads to a port the
// OS lists replaces it, keeping the user's name (e.g. /dev/serial/by-id/...).
class SystemPortEnumerator final : public PortEnumerator
{
public:
    explicit SystemPortEnumerator(QStringList scanGlobs = {}, bool systemPorts = true);

    void setScanGlobs(const QStringList &globs) { m_globs = globs; }
    QStringList scanGlobs() const { return m_globs; }

    QList<PortInfo> ports() const override;
    QStringList watchDirectories() const override;

private:
    QStringList m_globs;
    bool m_systemPorts;
};
