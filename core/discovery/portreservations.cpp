#include "portreservations.h"

#include <QFileInfo>

QString PortReservations::keyFor(const QString &port)
{
    QString path = port;
    if (!path.contains(QLatin1Char('/')) && QFileInfo::exists(QStringLiteral("/dev/") + port))
        path = QStringLiteral("/dev/") + port;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? port : canonical;
}

bool PortReservations::reserve(const QString &port, const QString &owner)
{
    const QString key = keyFor(port);
    const QString current = m_holders.value(key);
    if (!current.isEmpty())
        return current == owner;
    m_holders.insert(key, owner);
    m_names.insert(key, port);
    emit changed(port, owner);
    return true;
}

void PortReservations::release(const QString &port, const QString &owner)
{
    QString key = keyFor(port);
    if (m_holders.value(key) != owner) {
        // The device behind the name may be gone (or re-created): look the
        // reservation up by the name it was taken under.
        key = m_names.key(port);
        if (key.isEmpty() || m_holders.value(key) != owner)
            return;
    }
    m_holders.remove(key);
    m_names.remove(key);
    emit changed(port, {});
}

bool PortReservations::transfer(const QString &port, const QString &from, const QString &to)
{
    const QString key = keyFor(port);
    if (m_holders.value(key) != from)
        return false;
    m_holders.insert(key, to);
    emit changed(port, to);
    return true;
}

QString PortReservations::holder(const QString &port) const
{
    return m_holders.value(keyFor(port));
}
