// Measures 1K-XMODEM into the simulated HL78xx and AT+CFLW into the simulated
// SIM7020 over ptys with the simulator pacing the wire (--pace: 10 bits a
// byte) and writing each block to flash in t ms before it answers, and prints
// each as a share of the ideal rate for that link and delay: 1024 bytes per
// (1030 x 10 / baud + t) s for XMODEM-1K, 4096 per (4096 x 10 / baud + t) s
// for AT+CFLW. lrzsz `sx -k` and python3-xmodem send the same file to the
// same simulated receiver in the same run: FotaDesk's ratio to them is the
// comparison (targets: XMODEM >= 97 %, CFLW >= 95 %, never slower than sx).
// Prints figures, asserts nothing.
//
//   bench_transfer [--size BYTES] [--rates 115200,921600] [--flash-write-ms 0,2]
//                  [--only fotadesk,sx,python,cflw]
#include "cflwrun.h"
#include "xmodemruns.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

namespace {

QString figure(const TransferRun &run, double ideal)
{
    if (!run.ok)
        return QStringLiteral("failed (%1)").arg(run.note);
    QString text = QStringLiteral("%1 B/s = %2 % of ideal (%3 s)")
                       .arg(run.bytesPerSecond(), 9, 'f', 1)
                       .arg(run.percentOf(ideal), 6, 'f', 2)
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
    QCommandLineOption flashWrite(QStringLiteral("flash-write-ms"),
                                  QStringLiteral("Comma-separated flash-write times per block, ms."),
                                  QStringLiteral("list"), QStringLiteral("0,2"));
    parser.addOptions({size, rates, only, flashWrite});
    parser.process(app);
    const QByteArray data = benchData(parser.value(size).toLongLong());
    const QStringList runs = parser.value(only).split(u',');
    const bool haveSx = !QStandardPaths::findExecutable(QStringLiteral("sx")).isEmpty();
    constexpr int kCflwChunk = 4096; // the simulated SIM7020's largest AT+CFLW write

    QTextStream out(stdout);
    out << "bench_transfer: " << data.size() << " bytes over a paced pty" << Qt::endl;
    for (const QString &rateText : parser.value(rates).split(u',')) {
        for (const QString &delayText : parser.value(flashWrite).split(u',')) {
            const BenchLink link{rateText.toInt(), std::chrono::milliseconds(delayText.toInt())};
            const double xmodemIdeal = link.ideal(1024, 1030);
            out << QStringLiteral("%1 baud, t = %2 ms (XMODEM-1K ideal %3 B/s)")
                       .arg(link.baud).arg(link.flashWrite.count()).arg(xmodemIdeal, 0, 'f', 1)
                << Qt::endl;
            TransferRun ours, sx, python;
            if (runs.contains(QLatin1String("fotadesk"))) {
                ours = runFotaDeskXmodem(link, data);
                out << "  xmodem  FotaDesk       " << figure(ours, xmodemIdeal) << Qt::endl;
            }
            if (runs.contains(QLatin1String("sx"))) {
                sx = haveSx ? runSx(link, data) : TransferRun{false, 0, 0, QStringLiteral("sx not installed")};
                out << "  xmodem  lrzsz sx -k    " << figure(sx, xmodemIdeal) << Qt::endl;
            }
            if (runs.contains(QLatin1String("python"))) {
                python = runPythonXmodem(link, data);
                out << "  xmodem  python3-xmodem " << figure(python, xmodemIdeal) << Qt::endl;
            }
            if (runs.contains(QLatin1String("fotadesk")))
                out << "  ratio   FotaDesk/sx " << ratio(ours, sx) << "   FotaDesk/python " << ratio(ours, python)
                    << Qt::endl;
            if (runs.contains(QLatin1String("cflw")) && link.baud == 115200) {
                const double cflwIdeal = link.ideal(kCflwChunk, kCflwChunk);
                out << QStringLiteral("  cflw    FlashWriter    ") << figure(runFlashWriter(link, data), cflwIdeal)
                    << QStringLiteral(" (ideal %1 B/s)").arg(cflwIdeal, 0, 'f', 1) << Qt::endl;
            }
        }
    }
    return 0;
}
