#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

// What a module keeps in non-volatile memory: identity, firmware, NV settings,
// FOTA settings, flash partition, pending installs. Survives simulated reboots
// (the object lives on) and simulator restarts (a JSON file, big binary items in
// sidecar files `<file>.<name>.bin`). Writes are coalesced: many small changes
// in one event-loop turn cost one write.
class SimState : public QObject
{
    Q_OBJECT

public:
    explicit SimState(const QString &file = {}, QObject *parent = nullptr);
    ~SimState() override;

    // false when the file exists but cannot be read as JSON.
    bool load(QString *error = nullptr);
    void flush();
    QString file() const { return m_file; }

    QString text(const QString &key, const QString &fallback = {}) const;
    void setText(const QString &key, const QString &value);
    qint64 number(const QString &key, qint64 fallback = 0) const;
    void setNumber(const QString &key, qint64 value);
    bool flag(const QString &key, bool fallback = false) const;
    void setFlag(const QString &key, bool value);
    bool contains(const QString &key) const { return m_root.contains(key); }
    void remove(const QString &key);

    // NV settings by command/key, e.g. "#SELINT" -> "2", "^SCFG:Radio/Band/CatM" -> ...
    QJsonObject settings() const { return m_root.value(QStringLiteral("settings")).toObject(); }
    QString setting(const QString &name, const QString &fallback = {}) const;
    void setSetting(const QString &name, const QString &value);
    void setSettings(const QJsonObject &settings);

    QByteArray blob(const QString &name) const { return m_blobs.value(name); }
    bool hasBlob(const QString &name) const { return m_blobs.contains(name); }
    void setBlob(const QString &name, const QByteArray &bytes);
    void removeBlob(const QString &name);

private:
    void touch();
    QString blobPath(const QString &name) const;

    QString m_file;
    QJsonObject m_root;
    QHash<QString, QByteArray> m_blobs;
    QSet<QString> m_dirtyBlobs;
    QSet<QString> m_removedBlobs;
    QTimer m_saveTimer;
    bool m_dirty = false;
};
