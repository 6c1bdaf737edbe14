// Measures 1K-XMODEM into the simulated HL78xx and AT+CFLW into the simulated
// SIM7020 over ptys with the simulator pacing the wire (--pace: 10 bits a
// byte), and prints each as a share of the ideal line rate (baud/10 payload
// bytes a second). lrzsz `sx -k` and python3-xmodem send the same file to the
// same simulated receiver in the same run: their figures are the reference
// (targets: XMODEM >= 97 %, CFLW >= 95 %). Prints figures, asserts nothing.
//
//   bench_transfer [--size BYTES] [--rates 115200,921600] [--only fotadesk,sx,python,cflw]
#include "cflwrun.h"
#include "xmodemruns.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

namespace {

QString figure(const TransferRun &run, qint32 baud)
{
    if (!run.ok)
        return QStringLiteral("failed (%1)").arg(run.note);
    QString text = QStringLiteral("%1 B/s = %2 % of ideal (%3 s)")
                       .arg(run.bytesPerSecond(), 9, 'f', 1)
                       .arg(run.percentOf(baud), 6, 'f', 2)
                       .arg(run.seconds, 0, 'f', 2);
    if (!run.note.isEmpty())
        text += QStringLiteral(" [%1]").arg(run.note);
    return text;
}

QString ratio(const TransferRun &ours, const TransferRun &other)
{
    if (!ours.ok || !other.ok || other.bytesPerSecond() <= 0)
        return QStringLiteral("n/a");
    return QString::number(ours.bytesPerSecond() / other.bytesPerSecond(), 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Package bytes (default 262144)."),
                            QStringLiteral("bytes"), QStringLiteral("262144"));
    QCommandLineOption rates(QStringLiteral("rates"), QStringLiteral("Comma-separated rates."),
                             QStringLiteral("list"), QStringLiteral("115200,921600"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Runs: fotadesk,sx,python,cflw."),
                            QStringLiteral("list"), QStringLiteral("fotadesk,sx,python,cflw"));
    parser.addOptions({size, rates, only});
    parser.process(app);
    const QByteArray data = benchData(parser.value(size).toLongLong());
    const QStringList runs = parser.value(only).split(u',');
    const bool haveSx = !QStandardPaths::findExecutable(QStringLiteral("sx")).isEmpty();

    QTextStream out(stdout);
    out << "bench_transfer: " << data.size() << " bytes over a paced pty (ideal = baud/10 payload B/s)"
        << Qt::endl;
    for (const QString &rateText : parser.value(rates).split(u',')) {
        const qint32 baud = rateText.toInt();
        out << QStringLiteral("%1 baud (ideal %2 B/s)").arg(baud).arg(baud / 10) << Qt::endl;
        TransferRun ours, sx, python, cflw;
        if (runs.contains(QLatin1String("fotadesk"))) {
            ours = runFotaDeskXmodem(baud, data);
            out << "  xmodem  FotaDesk       " << figure(ours, baud) << Qt::endl;
        }
        if (runs.contains(QLatin1String("sx"))) {
            sx = haveSx ? runSx(baud, data) : TransferRun{false, 0, 0, QStringLiteral("sx not installed")};
            out << "  xmodem  lrzsz sx -k    " << figure(sx, baud) << Qt::endl;
        }
        if (runs.contains(QLatin1String("python"))) {
            python = runPythonXmodem(baud, data);
            out << "  xmodem  python3-xmodem " << figure(python, baud) << Qt::endl;
        }
        if (runs.contains(QLatin1String("fotadesk")))
            out << "  ratio   FotaDesk/sx " << ratio(ours, sx) << "   FotaDesk/python " << ratio(ours, python)
                << Qt::endl;
        if (runs.contains(QLatin1String("cflw"))) {
            cflw = runFlashWriter(baud, data);
            out << "  cflw    FlashWriter    " << figure(cflw, baud) << Qt::endl;
        }
    }
    return 0;
}
