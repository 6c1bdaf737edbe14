#include "mmmodems.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QVariant>

namespace {

// "Ports" and "IgnoredPorts" are a(su): name and MMModemPortType.
QStringList portsOf(const QVariant &value)
{
    QStringList out;
    if (!value.canConvert<QDBusArgument>())
        return out;
    const QDBusArgument arg = value.value<QDBusArgument>();
    if (arg.currentType() != QDBusArgument::ArrayType)
        return out;
    arg.beginArray();
    while (!arg.atEnd()) {
        QString name;
        uint type = 0;
        arg.beginStructure();
        arg >> name >> type;
        arg.endStructure();
        out << name;
    }
    arg.endArray();
    return out;
}

} // namespace

namespace MmModems {

QList<MmModem> fromManagedObjects(const QDBusArgument &answer)
{
    QList<MmModem> modems;
    if (answer.currentType() != QDBusArgument::MapType)
        return modems;
    answer.beginMap();
    while (!answer.atEnd()) {
        answer.beginMapEntry();
        QDBusObjectPath path;
        answer >> path;
        MmModem modem;
        modem.path = path.path();
        bool isModem = false;
        answer.beginMap(); // interface -> properties
        while (!answer.atEnd()) {
            answer.beginMapEntry();
            QString interface;
            answer >> interface;
            answer.beginMap(); // property -> variant
            while (!answer.atEnd()) {
                answer.beginMapEntry();
                QString name;
                QDBusVariant value;
                answer >> name >> value;
                answer.endMapEntry();
                if (interface != QLatin1String(kModemInterface))
                    continue;
                isModem = true;
                if (name == QLatin1String("Device"))
                    modem.device = value.variant().toString();
                else if (name == QLatin1String("Ports") || name == QLatin1String("IgnoredPorts"))
                    modem.ports += portsOf(value.variant());
            }
            answer.endMap();
            answer.endMapEntry();
        }
        answer.endMap();
        answer.endMapEntry();
        if (isModem && !modem.device.isEmpty())
            modems << modem;
    }
    answer.endMap();
    return modems;
}

const MmModem *find(const QList<MmModem> &modems, const QString &portName, const QString &deviceName)
{
    for (const MmModem &m : modems) {
        for (const QString &p : m.ports) {
            if ((!portName.isEmpty() && p == portName) || (!deviceName.isEmpty() && p == deviceName))
                return &m;
        }
    }
    return nullptr;
}

} // namespace MmModems
