#pragma once

#include "caserunner.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <functional>

// Runs the cases of a matrix a few at a time and prints one row per case as
// each ends, then the summary line (used by bench/killmatrix and
// bench/faultmatrix).
class MatrixBatch : public QObject
{
    Q_OBJECT

public:
    MatrixBatch(const QString &title, QList<MatrixCase> cases, const CaseRunner::Settings &settings, int parallel,
                QObject *parent = nullptr);

    void start();
    const QList<CaseResult> &results() const { return m_results; }
    // "cases N, passed N, failed N, ..." and the figures.
    QString summary() const;
    static QString header();
    static QString row(const CaseResult &r);

signals:
    void finished();

private:
    void next();

    QString m_title;
    QList<MatrixCase> m_cases;
    CaseRunner::Settings m_settings;
    int m_parallel;
    int m_running = 0;
    qsizetype m_nextIndex = 0;
    QList<CaseResult> m_results;
    QElapsedTimer m_clock;
};
