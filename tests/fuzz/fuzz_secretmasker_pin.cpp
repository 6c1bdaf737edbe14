// A SIM PIN (and PUK, new PIN) given in any spelling a module accepts never
// survives SecretMasker::maskLine(). The fuzz bytes do not become the text:
// they choose the spelling around known secrets (V.250 command lines: "AT" in
// any case, basic commands concatenated, extended ones chained with ';',
// blanks, quoted or bare parameters, +CPIN/+CLCK/+CPWD in any case), so a
// secret can only ever stand where a module reads it as one.
//
// FOTADESK_FUZZ_PRINT=1 prints each command and its masked form (to read a
// corpus: fuzz_secretmasker_pin corpus/secretmasker_pin/*).

#include "fuzzsupport.h"

#include "at/secretmasker.h"

#include <QStringList>

namespace {

const QString kPin = QStringLiteral("8264");
const QString kPuk = QStringLiteral("97530864");
const QString kNewPin = QStringLiteral("5937");

// The bytes as choices, in order; an exhausted input chooses 0 from then on,
// so the empty input is the plain AT+CPIN=8264 and seeds stay short.
struct Choices
{
    const uint8_t *p;
    size_t n;
    unsigned byte()
    {
        if (n == 0)
            return 0;
        --n;
        return *p++;
    }
    int pick(int count) { return int(byte() % unsigned(count)); }
};

// Other commands on the line; their digits never make up a secret.
const char *const kBasic[] = {"E0", "E1", "V1", "Q0", "&F", "Z", "&D2", "S0=0", "X1"};
const char *const kExtended[] = {"+CMEE=2", "+CSQ", "+CREG?", "+CGMR", "^SCFG?", "#OTASUAN=1",
                                 "+CFUN=1", "+CPIN?", "+CLCK=?", "+CGDCONT=1,\"IP\",\"internet\""};

struct Part
{
    QString text;
    bool basic = false;
};

Part other(Choices &c)
{
    const int i = c.pick(int(std::size(kBasic) + std::size(kExtended)));
    if (i < int(std::size(kBasic)))
        return {QString::fromLatin1(kBasic[i]), true};
    return {QString::fromLatin1(kExtended[i - std::size(kBasic)]), false};
}

QString inCase(const QString &text, unsigned mask)
{
    QString out = text;
    int bit = 0;
    for (QChar &ch : out) {
        if (ch.isLetter()) {
            if (mask & (1u << (bit % 8)))
                ch = ch.toLower();
            ++bit;
        }
    }
    return out;
}

Part secretCommand(Choices &c)
{
    const int form = c.pick(4);
    const unsigned nameCase = c.byte();
    const unsigned blanks = c.byte();
    const unsigned quotes = c.byte();
    const unsigned extra = c.byte();

    const QString comma = QString((blanks & 8) ? " " : "") + u',' + QString((blanks & 4) ? " " : "");
    int index = 0;
    auto param = [&](const QString &value) {
        const bool quoted = quotes & (1u << index++);
        return quoted ? u'"' + value + u'"' : value;
    };
    QString name;
    QStringList params;
    switch (form) {
    case 0:
        name = QStringLiteral("+CPIN");
        params << param(kPin);
        break;
    case 1:
        name = QStringLiteral("+CPIN");
        params << param(kPuk) << param(kPin);
        break;
    case 2: {
        static const char *const facilities[] = {"SC", "FD", "PN", "P2"};
        name = QStringLiteral("+CLCK");
        params << param(QString::fromLatin1(facilities[extra % 4])) << param(QString::number((extra >> 2) % 3))
               << param(kPin);
        if (extra & 0x10)
            params << QStringLiteral("1"); // <class>
        break;
    }
    default:
        name = QStringLiteral("+CPWD");
        params << param((extra & 1) ? QStringLiteral("P2") : QStringLiteral("SC")) << param(kPin)
               << param(kNewPin);
        break;
    }
    const QString equals = QString((blanks & 1) ? " " : "") + u'=' + QString((blanks & 2) ? " " : "");
    return {inCase(name, nameCase) + equals + params.join(comma), false};
}

QString separator(Choices &c, const Part &before)
{
    switch (c.pick(5)) {
    case 1:
        if (before.basic)
            return {}; // ATE0+CPIN=...: basic commands need no separator
        return QStringLiteral(";");
    case 2: return QStringLiteral("; ");
    case 3: return QStringLiteral(" ;");
    case 4: return QStringLiteral(" ");
    default: return QStringLiteral(";");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Choices c{data, size};
    const unsigned layout = c.byte();
    static const char *const at[] = {"AT", "at", "At", "aT"};
    const QString prefix = QString::fromLatin1(at[layout % 4]) + QString((layout & 4) ? " " : "");

    QList<Part> parts;
    const int before = c.pick(4);
    for (int i = 0; i < before; ++i)
        parts << other(c);
    parts << secretCommand(c);
    const int after = c.pick(3);
    for (int i = 0; i < after; ++i)
        parts << other(c);

    QString line = QString((layout & 8) ? " " : "") + prefix;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            line += separator(c, parts.at(i - 1));
        line += parts.at(i).text;
    }
    if (layout & 16)
        line += u';'; // a trailing ';' is allowed
    if (layout & 32)
        line += u' ';

    const QString masked = SecretMasker::maskLine(line);
    static const bool print = qEnvironmentVariableIsSet("FOTADESK_FUZZ_PRINT");
    if (print)
        std::fprintf(stderr, "%s\n  -> %s\n", qUtf8Printable(line), qUtf8Printable(masked));
    for (const QString &secret : {kPin, kPuk, kNewPin})
        FUZZ_CHECK(!masked.contains(secret), QStringLiteral("the secret %1 survives: %2 -> %3").arg(secret, line, masked));
    return 0;
}
