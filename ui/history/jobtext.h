#pragma once

#include "fleet/jobrecord.h"

#include <QCoreApplication>

// Words and figures for stored jobs and their steps.
class JobText
{
    Q_DECLARE_TR_FUNCTIONS(JobText)

public:
    static QString outcome(const JobRecord &job);      // "Succeeded", "Failed: timed out"
    static QString stepName(const QString &name);      // "transfer" -> "Transfer"
    static QString stepOutcome(const QString &outcome); // "ok" -> "OK"
    // "256.0 kB at 11.5 kB/s" from the steps' figures; empty when none moved bytes.
    static QString dataFigures(const JobRecord &job);
    static QString figureName(const QString &key); // "bytesPerSecond" -> "rate"
    // Every figure of a step, one "name: value" a line.
    static QString figures(const QJsonObject &figures);
};
