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
    // Where the job's time went: "2:05 in all: the line 1:23 (66 %), the module
    // 38.0 s (30 %), FotaDesk 4.2 s (3 %)", without the line when nothing crossed
    // it (over the air); empty without timing.
    static QString timeSplit(const JobRecord &job);
    // What each share of timeSplit() is, for its tooltip.
    static QString timeSplitExplained();
    // The rate the transfer ran at: "921600 baud (switched from 115200)";
    // empty when the transfer step has no "baud" figure.
    static QString lineRate(const JobRecord &job);
    static QString figureName(const QString &key); // "bytesPerSecond" -> "rate"
    // Every figure of a step, one "name: value" a line.
    static QString figures(const QJsonObject &figures);
};
