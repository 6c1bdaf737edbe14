#pragma once

#include <QJsonObject>
#include <QString>

// One measured run of the job engine: `count` simulated modules (already up
// in `dir`, served by another process) found by discovery and updated at
// once. Returns the figures as JSON.
struct EngineRunOptions
{
    QString dir;
    int count = 1;
    int packageBytes = 60000;
    QString durability = QStringLiteral("background"); // Store::Durability: background, full, normal
};

QJsonObject runEngine(const EngineRunOptions &options);
