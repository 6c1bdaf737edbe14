#include "matrixbatch.h"

#include <QTextStream>

#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

} // namespace

MatrixBatch::MatrixBatch(const QString &title, QList<MatrixCase> cases, const CaseRunner::Settings &settings,
                         int parallel, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_cases(std::move(cases))
    , m_settings(settings)
    , m_parallel(qMax(1, parallel))
{
}

QString MatrixBatch::header()
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
        .arg(QStringLiteral("family"), -15)
        .arg(QStringLiteral("method"), -11)
        .arg(QStringLiteral("point"), -26)
        .arg(QStringLiteral("end"), -12)
        .arg(QStringLiteral("reason"), -16)
        .arg(QStringLiteral("runs"), 4)
        .arg(QStringLiteral("s"), 6)
        .arg(QStringLiteral("result"));
}

QString MatrixBatch::row(const CaseResult &r)
{
    QString line = QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                       .arg(r.family, -15)
                       .arg(r.method, -11)
                       .arg(r.point, -26)
                       .arg(r.endState, -12)
                       .arg(r.reason.isEmpty() ? QStringLiteral("-") : r.reason, -16)
                       .arg(r.attempts, 4)
                       .arg(r.seconds, 6, 'f', 1)
                       .arg(r.passed ? (r.endState == QLatin1String("not-reached") ? QStringLiteral("skip") : QStringLiteral("PASS"))
                                     : QStringLiteral("FAIL"));
    if (!r.detail.isEmpty())
        line += QStringLiteral("  ") + r.detail;
    if (!r.folder.isEmpty())
        line += QStringLiteral("  [kept %1]").arg(r.folder);
    return line;
}

void MatrixBatch::start()
{
    m_clock.start();
    out() << m_title << Qt::endl << header() << Qt::endl;
    if (m_cases.isEmpty()) {
        emit finished();
        return;
    }
    for (int i = 0; i < m_parallel; ++i)
        next();
}

void MatrixBatch::next()
{
    if (m_nextIndex >= m_cases.size()) {
        if (m_running == 0)
            emit finished();
        return;
    }
    auto *runner = new CaseRunner(m_cases.at(m_nextIndex++), m_settings, this);
    ++m_running;
    connect(runner, &CaseRunner::finished, this, [this, runner](const CaseResult &r) {
        m_results << r;
        out() << row(r) << Qt::endl;
        --m_running;
        runner->deleteLater();
        next();
    });
    runner->start();
}

QString MatrixBatch::summary() const
{
    int passed = 0, failed = 0, skipped = 0, verified = 0, classified = 0, crashes = 0, hangs = 0, commits = 0;
    QList<double> seconds;
    int runs = 0;
    for (const CaseResult &r : m_results) {
        const bool skip = r.passed && r.endState == QLatin1String("not-reached");
        skipped += skip;
        passed += r.passed && !skip;
        failed += !r.passed;
        verified += r.passed && r.endState == QLatin1String("verified");
        classified += r.passed && r.endState == QLatin1String("classified");
        crashes += r.crashed;
        hangs += r.hung;
        commits += r.commitSeen;
        runs += r.attempts;
        seconds << r.seconds;
    }
    std::sort(seconds.begin(), seconds.end());
    const int judged = passed + failed;
    const double share = judged > 0 ? 100.0 * passed / judged : 0;
    const double median = seconds.isEmpty() ? 0 : seconds.at(seconds.size() / 2);
    const double worst = seconds.isEmpty() ? 0 : seconds.last();
    return QStringLiteral("summary: cases %1, passed %2, failed %3, not reached %4; verified %5, classified %6 "
                          "(%7 % of the cases reached ended verified or rightly classified); crashes %8, hangs %9; "
                          "commit seen before the kill %10; fotadesk-cli runs %11; case median %12 s, max %13 s; "
                          "wall %14 s")
        .arg(m_results.size())
        .arg(passed)
        .arg(failed)
        .arg(skipped)
        .arg(verified)
        .arg(classified)
        .arg(share, 0, 'f', 1)
        .arg(crashes)
        .arg(hangs)
        .arg(commits)
        .arg(runs)
        .arg(median, 0, 'f', 1)
        .arg(worst, 0, 'f', 1)
        .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1);
}
