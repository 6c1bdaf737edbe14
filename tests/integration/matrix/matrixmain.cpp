#include "matrixmain.h"

#include "matrixbatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int runMatrixMain(int argc, char **argv, const QString &title, const QList<MatrixCase> &cases)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("bin"), QStringLiteral("The build's app/ folder."), QStringLiteral("DIR")},
                       {QStringLiteral("work"), QStringLiteral("Folder for the cases' files."), QStringLiteral("DIR")},
                       {QStringLiteral("parallel"), QStringLiteral("Cases at once."), QStringLiteral("N"), QStringLiteral("3")},
                       {QStringLiteral("case"), QStringLiteral("Only cases whose name contains TEXT."), QStringLiteral("TEXT")},
                       {QStringLiteral("list"), QStringLiteral("Print the case names.")},
                       {QStringLiteral("keep"), QStringLiteral("Keep every case's folder.")},
                       {QStringLiteral("time-scale"), QStringLiteral("The simulator's time scale."), QStringLiteral("X"), QStringLiteral("0.02")},
                       {QStringLiteral("watchdog"), QStringLiteral("Seconds one update run may take."), QStringLiteral("S"), QStringLiteral("90")}});
    parser.process(app);
    QTextStream out(stdout);

    QList<MatrixCase> selected;
    const QStringList filters = parser.values(QStringLiteral("case"));
    for (const MatrixCase &c : cases) {
        const bool wanted = filters.isEmpty()
            || std::any_of(filters.begin(), filters.end(), [&](const QString &f) { return c.name().contains(f); });
        if (wanted)
            selected << c;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        for (const MatrixCase &c : std::as_const(selected))
            out << c.name() << Qt::endl;
        return 0;
    }
    CaseRunner::Settings settings;
    settings.binDir = parser.isSet(QStringLiteral("bin")) ? parser.value(QStringLiteral("bin"))
                                                         : qEnvironmentVariable("FOTADESK_BIN_DIR");
    if (settings.binDir.isEmpty()) {
        QTextStream(stderr) << "give the build's app/ folder with --bin DIR or FOTADESK_BIN_DIR\n";
        return 2;
    }
    settings.workDir = parser.isSet(QStringLiteral("work"))
        ? parser.value(QStringLiteral("work"))
        : qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath()) + QStringLiteral("/matrix");
    settings.timeScale = parser.value(QStringLiteral("time-scale")).toDouble();
    settings.attemptWatchdog = std::chrono::seconds(parser.value(QStringLiteral("watchdog")).toInt());
    settings.keepFolders = parser.isSet(QStringLiteral("keep"));

    MatrixBatch batch(title, selected, settings, parser.value(QStringLiteral("parallel")).toInt());
    QObject::connect(&batch, &MatrixBatch::finished, &app, [&] {
        out << batch.summary() << Qt::endl;
        // A kill point never reached tested nothing: the matrix does not pass.
        bool failed = false;
        for (const CaseResult &r : batch.results())
            failed = failed || !r.passed || r.endState == QLatin1String("not-reached");
        app.exit(failed ? 1 : 0);
    });
    batch.start();
    return app.exec();
}
