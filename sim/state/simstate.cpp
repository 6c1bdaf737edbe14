#include "simstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

SimState::SimState(const QString &file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, &SimState::flush);
}

SimState::~SimState()
{
    flush();
}

bool SimState::load(QString *error)
{
    if (m_file.isEmpty())
        return true;
    QFile f(m_file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1: not a simulator state file (%2)").arg(m_file, parseError.errorString());
        return false;
    }
    m_root = doc.object();
    const QJsonArray blobs = m_root.value(QStringLiteral("blobs")).toArray();
    for (const QJsonValue &name : blobs) {
        QFile b(blobPath(name.toString()));
        if (b.open(QIODevice::ReadOnly))
            m_blobs.insert(name.toString(), b.readAll());
    }
    return true;
}

void SimState::flush()
{
    m_saveTimer.stop();
    if (m_file.isEmpty() || (!m_dirty && m_dirtyBlobs.isEmpty() && m_removedBlobs.isEmpty()))
        return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    for (const QString &name : std::as_const(m_dirtyBlobs)) {
        QSaveFile b(blobPath(name));
        if (b.open(QIODevice::WriteOnly)) {
            b.write(m_blobs.value(name));
            b.commit();
        }
    }
    for (const QString &name : std::as_const(m_removedBlobs))
        QFile::remove(blobPath(name));
    m_dirtyBlobs.clear();
    m_removedBlobs.clear();
    QJsonArray names;
    for (auto it = m_blobs.cbegin(); it != m_blobs.cend(); ++it)
        names.append(it.key());
    m_root.insert(QStringLiteral("blobs"), names);
    QSaveFile f(m_file);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(m_root).toJson());
        f.commit();
    }
    m_dirty = false;
}

QString SimState::text(const QString &key, const QString &fallback) const
{
    return m_root.value(key).toString(fallback);
}

void SimState::setText(const QString &key, const QString &value)
{
    if (m_root.value(key) == QJsonValue(value))
        return;
    m_root.insert(key, value);
    touch();
}

qint64 SimState::number(const QString &key, qint64 fallback) const
{
    const QJsonValue v = m_root.value(key);
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

void SimState::setNumber(const QString &key, qint64 value)
{
    if (m_root.value(key) == QJsonValue(double(value)))
        return;
    m_root.insert(key, double(value));
    touch();
}

bool SimState::flag(const QString &key, bool fallback) const
{
    return m_root.value(key).toBool(fallback);
}

void SimState::setFlag(const QString &key, bool value)
{
    if (m_root.value(key) == QJsonValue(value))
        return;
    m_root.insert(key, value);
    touch();
}

void SimState::remove(const QString &key)
{
    if (m_root.contains(key)) {
        m_root.remove(key);
        touch();
    }
}

QString SimState::setting(const QString &name, const QString &fallback) const
{
    return settings().value(name).toString(fallback);
}

void SimState::setSetting(const QString &name, const QString &value)
{
    QJsonObject s = settings();
    s.insert(name, value);
    setSettings(s);
}

void SimState::setSettings(const QJsonObject &settings)
{
    m_root.insert(QStringLiteral("settings"), settings);
    touch();
}

void SimState::setBlob(const QString &name, const QByteArray &bytes)
{
    m_blobs.insert(name, bytes);
    m_dirtyBlobs.insert(name);
    m_removedBlobs.remove(name);
    touch();
}

void SimState::removeBlob(const QString &name)
{
    if (m_blobs.remove(name)) {
        m_dirtyBlobs.remove(name);
        m_removedBlobs.insert(name);
        touch();
    }
}

void SimState::touch()
{
    m_dirty = true;
    if (!m_file.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

QString SimState::blobPath(const QString &name) const
{
    return m_file + QLatin1Char('.') + name + QStringLiteral(".bin");
}
