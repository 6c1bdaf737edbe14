#include "dialect.h"

#include "command/atinterpreter.h"
#include "dialects/cinteriondialect.h"
#include "dialects/sierradialect.h"
#include "dialects/simcomdialect.h"
#include "dialects/telitdialect.h"
#include "packages/simpackage.h"
#include "simmoduleconfig.h"
#include "state/simstate.h"

#include <QDateTime>
#include <QFile>

Dialect::Dialect(ModemContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_pinGiven(context.config().simPin.isEmpty())
{
}

std::unique_ptr<Dialect> Dialect::create(Family family, ModemContext &context)
{
    switch (family) {
    case Family::TelitPfm: return std::make_unique<TelitDialect>(context);
    case Family::Cinterion: return std::make_unique<CinterionDialect>(context);
    case Family::SimcomSim7020: return std::make_unique<SimcomDialect>(context);
    case Family::SierraHl78xx: return std::make_unique<SierraDialect>(context);
    case Family::Unknown: break;
    }
    return nullptr;
}

SimReply Dialect::execute(const SimCommand &command)
{
    if (auto refused = refuse(command))
        return *refused;
    if (auto own = handle(command))
        return *own;
    if (auto generic = common(command))
        return *generic;
    if (m_ctx.config().strict)
        return SimReply::cmeError(SimModuleConfig::kStrictUnknownCme);
    return SimReply::error();
}

void Dialect::after(std::chrono::milliseconds delay, std::function<void()> fn)
{
    // A child timer, not QTimer::singleShot(): a stopped module retires its
    // dialect (SimModule::tearDown() cuts its children's connections) and
    // deletes it later, and a single-shot that falls due before that deferred
    // delete would run a protocol step against a module that is gone.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    auto step = [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    };
    const QMetaObject::Connection pending = connect(timer, &QTimer::timeout, this, step);
    const std::chrono::milliseconds due = m_ctx.scaled(delay);
    if (due.count() > 0) {
        timer->start(due);
        return;
    }
    // Due at once: posted, as QTimer::singleShot(0) does, so the step still
    // comes before input already waiting (a boot URC before the host's first
    // command); a zero timer would come after it. The timer's connection is
    // the step's life: cut by a stop, it cancels the call too.
    QMetaObject::invokeMethod(timer, [pending, step] {
        if (pending)
            step();
    }, Qt::QueuedConnection);
}

std::optional<SimReply> Dialect::requireSim() const
{
    if (!m_pinGiven)
        return SimReply::cmeError(11);
    return std::nullopt;
}

QList<QByteArray> Dialect::identification(int n) const
{
    const SimModuleConfig &c = m_ctx.config();
    if (n == 0)
        return {c.manufacturer.toUtf8(), c.model.toUtf8(), revision()};
    return {};
}

QByteArray Dialect::revision() const
{
    return m_ctx.firmware().toUtf8();
}

QList<qint32> Dialect::supportedRates() const
{
    // Only for a family without its own table; the four families have theirs.
    return {0, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
}

QStringList Dialect::indexedEntries(const QString &name) const
{
    QStringList out;
    const QJsonObject s = m_ctx.state().settings();
    QList<QPair<int, QString>> entries;
    for (auto it = s.begin(); it != s.end(); ++it) {
        if (it.key().startsWith(name + QLatin1Char(':')))
            entries.append({it.key().mid(name.size() + 1).toInt(), it.value().toString()});
    }
    std::sort(entries.begin(), entries.end());
    for (const auto &e : entries)
        out << e.second;
    return out;
}

std::optional<SimReply> Dialect::setting(const SimCommand &command, bool indexed,
                                         const QString &defaultValue)
{
    SimState &state = m_ctx.state();
    const QString &name = command.name;
    if (command.isSet()) {
        if (command.argText.trimmed().isEmpty())
            return SimReply::error();
        // A parameter with bytes outside printable ASCII is no value any
        // module takes: "operation not supported", never stored.
        for (const QChar c : command.argText) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return SimReply::error();
        }
        if (indexed) {
            const QString key = name + QLatin1Char(':') + command.arg(0);
            if (command.args.size() == 1) {
                QJsonObject s = state.settings();
                s.remove(key); // AT+CGDCONT=<cid>: undefine
                state.setSettings(s);
            } else {
                state.setSetting(key, command.argText.trimmed());
            }
        } else {
            state.setSetting(name, command.argText.trimmed());
        }
        return SimReply::ok();
    }
    if (command.isRead()) {
        QList<QByteArray> lines;
        const QStringList values = indexed ? indexedEntries(name)
                                           : QStringList{state.setting(name, defaultValue)};
        for (const QString &v : values)
            lines << (name + QStringLiteral(": ") + v).toUtf8();
        return SimReply::ok(lines);
    }
    if (command.isTest() || command.isExec())
        return SimReply::ok();
    return std::nullopt;
}

std::optional<SimPackage::Header> Dialect::packageHeader(const QByteArray &bytes) const
{
    return SimPackage::parse(bytes);
}

QByteArray Dialect::serverPackage() const
{
    QFile f(m_ctx.config().otaPackage);
    if (m_ctx.config().otaPackage.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool Dialect::packageApplies(const QByteArray &bytes) const
{
    const auto header = SimPackage::parse(bytes);
    const SimModuleConfig &c = m_ctx.config();
    return header && header->appliesTo(c.family, m_ctx.state().text(QStringLiteral("model"), c.model),
                                       m_ctx.firmware());
}

std::optional<SimReply> Dialect::common(const SimCommand &cmd)
{
    AtInterpreter &at = m_ctx.interpreter();
    SimState &state = m_ctx.state();
    const SimModuleConfig &c = m_ctx.config();
    auto flag = [&](bool &target) -> SimReply {
        const QString v = cmd.argText.isEmpty() ? QStringLiteral("0") : cmd.argText;
        if (v != QLatin1String("0") && v != QLatin1String("1"))
            return SimReply::error();
        target = v == QLatin1String("1");
        return SimReply::ok();
    };

    // V.250 basics.
    if (cmd.is("E"))
        return flag(at.echo);
    if (cmd.is("V"))
        return flag(at.verbose);
    if (cmd.is("Q"))
        return flag(at.quiet);
    if (cmd.is("Z") || cmd.is("&F")) {
        at.echo = true;
        at.verbose = true;
        at.quiet = false;
        at.cmee = 1;
        return SimReply::ok();
    }
    if (cmd.is("&W") || cmd.is("&C") || cmd.is("&D") || cmd.is("&K") || cmd.is("X")
        || cmd.is("H") || cmd.is("L") || cmd.is("M"))
        return SimReply::ok();
    if (cmd.is("S")) {
        if (cmd.isRead())
            return SimReply::ok({cmd.arg(0) == QLatin1String("3") ? "013" : "000"});
        return SimReply::ok();
    }
    if (cmd.is("I")) {
        const QList<QByteArray> lines = identification(cmd.argText.isEmpty() ? 0 : cmd.argText.toInt());
        return lines.isEmpty() ? SimReply::error() : SimReply::ok(lines);
    }
    if (cmd.is("D")) // no data calls in the simulator: the call fails like one with no peer
        return SimReply{{"NO CARRIER"}, SimReply::Final::Nothing, 0};

    // Identity.
    const bool execOrTest = cmd.isExec() || cmd.isTest();
    if ((cmd.is("+CGMI") || cmd.is("+GMI")) && execOrTest)
        return SimReply::ok(cmd.isTest() ? QList<QByteArray>{} : QList<QByteArray>{c.manufacturer.toUtf8()});
    if ((cmd.is("+CGMM") || cmd.is("+GMM")) && execOrTest)
        return SimReply::ok(cmd.isTest() ? QList<QByteArray>{}
                                         : QList<QByteArray>{state.text(QStringLiteral("model"), c.model).toUtf8()});
    if ((cmd.is("+CGMR") || cmd.is("+GMR")) && execOrTest)
        return SimReply::ok(cmd.isTest() ? QList<QByteArray>{} : QList<QByteArray>{revision()});
    if (cmd.is("+CGSN") || cmd.is("+GSN")) {
        if (cmd.isTest())
            return SimReply::ok({"+CGSN: (0-3)"});
        if (cmd.isSet() && cmd.number(0) == 1)
            return SimReply::ok({"+CGSN: \"" + c.imei.toUtf8() + '"'});
        return SimReply::ok({c.imei.toUtf8()});
    }
    if (cmd.is("+CIMI") && execOrTest) {
        if (auto locked = requireSim())
            return locked;
        return SimReply::ok(cmd.isTest() ? QList<QByteArray>{} : QList<QByteArray>{c.imsi.toUtf8()});
    }
    if (cmd.is("+GCAP"))
        return SimReply::ok({"+GCAP: +CGSM"});

    // SIM.
    if (cmd.is("+CPIN")) {
        if (cmd.isRead())
            return SimReply::ok({m_pinGiven ? "+CPIN: READY" : "+CPIN: SIM PIN"});
        if (cmd.isTest())
            return SimReply::ok();
        if (cmd.isSet()) {
            if (m_pinGiven)
                return SimReply::cmeError(3);
            if (cmd.arg(0) != c.simPin)
                return SimReply::cmeError(16);
            m_pinGiven = true;
            return SimReply::ok();
        }
        return SimReply::error();
    }

    // Errors and rates.
    if (cmd.is("+CMEE")) {
        if (cmd.isRead())
            return SimReply::ok({"+CMEE: " + QByteArray::number(at.cmee)});
        if (cmd.isTest())
            return SimReply::ok({"+CMEE: (0-2)"});
        const qint64 mode = cmd.isExec() ? 0 : cmd.number(0);
        if (mode < 0 || mode > 2)
            return SimReply::error();
        at.cmee = int(mode);
        return SimReply::ok();
    }
    if (cmd.is("+IPR"))
        return ipr(cmd);

    // Functionality and network.
    if (cmd.is("+CFUN")) {
        if (cmd.isRead())
            return SimReply::ok({"+CFUN: " + QByteArray::number(m_cfun)});
        if (cmd.isTest())
            return SimReply::ok({"+CFUN: (0,1,4),(0,1)"});
        if (cmd.isSet()) {
            const qint64 fun = cmd.number(0);
            if (fun != 0 && fun != 1 && fun != 4)
                return SimReply::error();
            m_cfun = int(fun);
            if (cmd.number(1, 0) == 1)
                after(std::chrono::milliseconds(0), [this] { m_ctx.reboot(); });
            return SimReply::ok();
        }
        return SimReply::error();
    }
    const bool online = m_cfun == 1 && m_pinGiven;
    if (cmd.is("+CSQ"))
        return SimReply::ok({online ? "+CSQ: 21,99" : "+CSQ: 99,99"});
    if ((cmd.is("+CREG") || cmd.is("+CGREG") || cmd.is("+CEREG")) ) {
        if (cmd.isRead())
            return SimReply::ok({cmd.name.toUtf8() + ": 0," + (online ? "1" : "0")});
        return SimReply::ok();
    }
    if (cmd.is("+COPS")) {
        if (cmd.isRead())
            return SimReply::ok({online ? "+COPS: 0,0,\"FotaDesk Test\",7" : "+COPS: 0"});
        if (cmd.isTest())
            return SimReply::ok({"+COPS: (2,\"FotaDesk Test\",\"FDTest\",\"00101\",7),,(0-4),(0-2)"});
        return SimReply::ok();
    }
    if (cmd.is("+CGATT")) {
        if (cmd.isRead())
            return SimReply::ok({online ? "+CGATT: 1" : "+CGATT: 0"});
        return SimReply::ok();
    }
    if (cmd.is("+CGACT")) {
        if (cmd.isRead()) {
            QList<QByteArray> lines;
            for (const QString &entry : indexedEntries(QStringLiteral("+CGDCONT")))
                lines << "+CGACT: " + entry.section(QLatin1Char(','), 0, 0).toUtf8() + (online ? ",1" : ",0");
            return SimReply::ok(lines);
        }
        return online ? SimReply::ok() : SimReply::cmeError(30);
    }
    if (cmd.is("+CGDCONT"))
        return setting(cmd, true);
    if (cmd.is("+CGPADDR"))
        return SimReply::ok({"+CGPADDR: 1,\"10.64.0.17\""});
    if (cmd.is("+CCLK") && cmd.isRead())
        return SimReply::ok({"+CCLK: \"" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yy/MM/dd,HH:mm:ss")).toUtf8() + "+00\""});
    return std::nullopt;
}

SimReply Dialect::ipr(const SimCommand &cmd)
{
    if (cmd.isRead()) {
        // The stored setting, not the line's rate: they differ only under the
        // ipr-ignored fault, whose firmware believes it switched, so a host
        // that trusts the read instead of an exchange at the new rate is fooled.
        const qint64 stored = m_ctx.state().number(QStringLiteral("ipr"), m_ctx.moduleBaud());
        return SimReply::ok({"+IPR: " + QByteArray::number(stored)});
    }
    if (cmd.isTest())
        return SimReply::ok({rateListing()});
    if (cmd.isSet()) {
        const qint64 rate = cmd.number(0);
        if (!supportedRates().contains(qint32(rate)))
            return SimReply::error();
        m_ctx.setModuleBaud(qint32(rate));
        return SimReply::ok();
    }
    return SimReply::error();
}

QByteArray Dialect::rateListing() const
{
    // V.250: "+IPR: (autodetectable rates)[,(fixed-only rates)]".
    const QList<qint32> fixedOnly = fixedOnlyRates();
    auto join = [](const QList<qint32> &rates) {
        QByteArrayList numbers;
        for (qint32 r : rates)
            numbers << QByteArray::number(r);
        return '(' + numbers.join(',') + ')';
    };
    QList<qint32> first;
    for (qint32 r : supportedRates()) {
        if (!fixedOnly.contains(r))
            first << r;
    }
    QByteArray line = "+IPR: " + join(first);
    if (!fixedOnly.isEmpty())
        line += ',' + join(fixedOnly);
    return line;
}
