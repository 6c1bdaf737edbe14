// bench/at_engine: how fast the AT engine turns bytes into results.
//  1. lines per second through AtLineReader + final-code/URC classification,
//     against a naive reference parser (split + regular expressions) run on the
//     same bytes in the same process;
//  2. commands per second through AtChannel over a FakePort whose module answers
//     at once, against a bare write/answer loop over the same fake port;
//  3. CPU time for one 64 KiB line without an end arriving a byte at a time
//     (a module at the wrong rate, a binary dump): AtLineReader against the
//     reader before issue 16, which rescanned the whole buffered line on every
//     read (kept below as the reference).
#include "at/atchannel.h"
#include "at/atlinereader.h"
#include "at/finalcode.h"
#include "fakeport.h"
#include "modules/family.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

#include <ctime>

namespace {

QByteArray sampleTraffic(int repeats)
{
    // A realistic mix: identity answers, multi-line responses, URCs, errors.
    const QByteArray block =
        "\r\n10.00.005\r\n\r\nOK\r\n"
        "\r\n#OTAEV: Start Fw Download\r\n"
        "\r\n^SNFOTA: \"act\",2,0,40\r\n"
        "\r\n+CHTTPTOFSOK: 0,4096,102400\r\n"
        "\r\n+KGSN: 4L927260060410\r\n\r\nOK\r\n"
        "\r\n+WDSI: 18,55\r\n"
        "\r\n+CME ERROR: 650\r\n"
        "AT+CGMI\r\r\nSierra Wireless\r\n\r\nOK\r\n";
    QByteArray out;
    out.reserve(block.size() * repeats);
    for (int i = 0; i < repeats; ++i)
        out += block;
    return out;
}

struct ParseFigures
{
    qint64 lines = 0;
    double seconds = 0;
};

ParseFigures runEngineParser(const QByteArray &bytes, const UrcRegistry &urcs)
{
    QElapsedTimer timer;
    timer.start();
    AtLineReader reader;
    ParseFigures f;
    qint64 finals = 0, urcCount = 0;
    constexpr qsizetype kChunk = 64; // as a UART delivers it
    AtLineReader::Event event;
    for (qsizetype i = 0; i < bytes.size(); i += kChunk) {
        reader.append(QByteArrayView(bytes).sliced(i, qMin(kChunk, bytes.size() - i)));
        while (reader.next(event)) {
            ++f.lines;
            const QString line = QString::fromLatin1(event.data);
            if (parseFinalCode(line))
                ++finals;
            else if (!urcs.match(line).isEmpty())
                ++urcCount;
        }
    }
    f.seconds = timer.nsecsElapsed() / 1e9;
    Q_UNUSED(finals);
    Q_UNUSED(urcCount);
    return f;
}

ParseFigures runNaiveParser(const QByteArray &bytes, const QStringList &urcPrefixes)
{
    // The obvious approach: accumulate text, split on CR LF, regexes per line.
    QElapsedTimer timer;
    timer.start();
    static const QRegularExpression finalRe(
        QStringLiteral("^(OK|ERROR|\\+CME ERROR: .*|\\+CMS ERROR: .*|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|CONNECT.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    ParseFigures f;
    QString pending;
    constexpr qsizetype kChunk = 64;
    for (qsizetype i = 0; i < bytes.size(); i += kChunk) {
        pending += QString::fromLatin1(bytes.mid(i, kChunk));
        const qsizetype cut = pending.lastIndexOf(QLatin1Char('\n'));
        if (cut < 0)
            continue;
        const QStringList parts = pending.left(cut + 1).split(QRegularExpression(QStringLiteral("[\r\n]+")),
                                                              Qt::SkipEmptyParts);
        pending.remove(0, cut + 1);
        for (const QString &part : parts) {
            ++f.lines;
            if (finalRe.match(part.trimmed()).hasMatch())
                continue;
            for (const QString &p : urcPrefixes) {
                if (part.startsWith(p))
                    break;
            }
        }
    }
    f.seconds = timer.nsecsElapsed() / 1e9;
    return f;
}

double commandsPerSecondThroughChannel(int count)
{
    auto port = std::make_unique<FakePort>();
    port->open(QIODevice::ReadWrite);
    FakePort *raw = port.get();
    raw->setResponder([raw](const QByteArray &) { raw->feed("\r\n10.00.005\r\n\r\nOK\r\n"); });
    AtChannel channel(std::move(port), urcRegistryFor(Family::Unknown));
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        channel.send(AtCommand("AT+CGMR"), &channel, [&](const AtResult &) { ++done; });
    while (done < count)
        QCoreApplication::processEvents();
    return count / (timer.nsecsElapsed() / 1e9);
}

double commandsPerSecondBare(int count)
{
    FakePort port;
    port.open(QIODevice::ReadWrite);
    int done = 0;
    QObject::connect(&port, &QIODevice::readyRead, &port, [&] {
        if (port.readAll().endsWith("OK\r\n"))
            ++done;
    });
    port.setResponder([&](const QByteArray &) { port.feed("\r\n10.00.005\r\n\r\nOK\r\n"); });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        port.write("AT+CGMR\r");
    return count / (timer.nsecsElapsed() / 1e9);
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// The reader before issue 16, reduced to its scan: on every read it looks for
// a line end from the start of the unfinished line again, so a line arriving a
// byte at a time costs O(n^2).
struct RescanningReader
{
    QByteArray buffer;
    bool next()
    {
        qsizetype end = 0;
        while (end < buffer.size() && buffer[end] != '\r' && buffer[end] != '\n')
            ++end;
        if (end == buffer.size())
            return false;
        buffer.remove(0, end + 1);
        return true;
    }
};

struct ByteAtATime
{
    double before = 0; // CPU seconds, the rescanning reference
    double after = 0;  // CPU seconds, AtLineReader
    quint64 scanned = 0;
};

ByteAtATime longLineAByteAtATime(qsizetype size)
{
    const QByteArray line(size, 'x');
    ByteAtATime f;
    double start = cpuSeconds();
    RescanningReader old;
    for (char c : line) {
        old.buffer.append(c);
        old.next();
    }
    f.before = cpuSeconds() - start;

    start = cpuSeconds();
    AtLineReader reader(size + 1); // the whole line fits: no overflow shortcut
    AtLineReader::Event event;
    for (char c : line) {
        reader.append(QByteArrayView(&c, 1));
        while (reader.next(event)) { }
    }
    f.after = cpuSeconds() - start;
    f.scanned = reader.bytesScanned();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray traffic = sampleTraffic(50000);
    const UrcRegistry urcs = urcRegistryFor(Family::Unknown);

    runEngineParser(traffic.left(100000), urcs); // warm-up
    const ParseFigures engine = runEngineParser(traffic, urcs);
    const ParseFigures naive = runNaiveParser(traffic, urcs.prefixes());
    const double engineRate = engine.lines / engine.seconds;
    const double naiveRate = naive.lines / naive.seconds;
    out << "bench/at_engine\n";
    out << QStringLiteral("parser: %1 lines, %2 MB\n").arg(engine.lines).arg(traffic.size() / 1e6, 0, 'f', 1);
    out << QStringLiteral("  AtLineReader + classification: %1 lines/s (%2 MB/s)\n")
               .arg(engineRate, 0, 'f', 0)
               .arg(traffic.size() / engine.seconds / 1e6, 0, 'f', 1);
    out << QStringLiteral("  naive split+regex reference:   %1 lines/s\n").arg(naiveRate, 0, 'f', 0);
    out << QStringLiteral("  ratio engine/reference:        %1x\n").arg(engineRate / naiveRate, 0, 'f', 2);

    constexpr int kCommands = 100000;
    commandsPerSecondThroughChannel(2000); // warm-up
    const double channelRate = commandsPerSecondThroughChannel(kCommands);
    const double bareRate = commandsPerSecondBare(kCommands);
    out << QStringLiteral("commands through AtChannel over a fake port: %1 commands/s\n").arg(channelRate, 0, 'f', 0);
    out << QStringLiteral("  bare write/answer loop reference:         %1 commands/s\n").arg(bareRate, 0, 'f', 0);
    out << QStringLiteral("  ratio channel/bare:                       %1\n").arg(channelRate / bareRate, 0, 'f', 3);
    out << QStringLiteral("  (a module at 921600 baud answers at most ~%1 such commands/s)\n")
               .arg(921600.0 / 10 / (8 + 21), 0, 'f', 0);

    constexpr qsizetype kLongLine = 64 * 1024;
    const ByteAtATime longLine = longLineAByteAtATime(kLongLine);
    out << QStringLiteral("a 64 KiB line without an end, one byte a read (CPU time):\n");
    out << QStringLiteral("  before (rescan the buffered line every read): %1 s\n").arg(longLine.before, 0, 'f', 3);
    out << QStringLiteral("  after (AtLineReader, scan where it stopped):  %1 s, %2 bytes scanned\n")
               .arg(longLine.after, 0, 'f', 4)
               .arg(longLine.scanned);
    return 0;
}
