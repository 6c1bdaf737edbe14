#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Who has a port open, so two users (the prober, a module session, a console, a
// job, another FotaDesk component) never open one device at once. Keyed by the
// device behind the name, so /dev/ttyUSB2, ttyUSB2 and a symlink to it are one
// port.
class PortReservations : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // True if `owner` now holds `port` (also when it already did).
    bool reserve(const QString &port, const QString &owner);
    // Only the holder can give a port back.
    void release(const QString &port, const QString &owner);
    // Moves a reservation from one holder to another without a gap in between.
    bool transfer(const QString &port, const QString &from, const QString &to);
    QString holder(const QString &port) const;
    bool isReserved(const QString &port) const { return !holder(port).isEmpty(); }

    // The key a port name is reserved under.
    static QString keyFor(const QString &port);

signals:
    void changed(const QString &port, const QString &holder);

private:
    QHash<QString, QString> m_holders; // key -> owner
    QHash<QString, QString> m_names;   // key -> name it was reserved under
};
