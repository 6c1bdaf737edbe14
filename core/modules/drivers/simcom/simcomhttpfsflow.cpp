#include "simcomhttpfsflow.h"

#include "modules/modulesession.h"
#include "simcomerrors.h"
#include "simcomotalog.h"
#include "simcompackage.h"

#include <QFileInfo>

SimcomHttpFsFlow::SimcomHttpFsFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : SimcomHttpFsFlow(session, request, defaultOptions(request), parent)
{
}

SimcomHttpFsFlow::SimcomHttpFsFlow(ModuleSession *session, const UpdateRequest &request,
                                   const Options &options, QObject *parent)
    : SimcomFlow(session, request, options, parent)
{
    // However the flow ends, the module's client instance is given back: it
    // has only a few, and a leaked one blocks the next update.
    connect(this, &UpdateFlow::finished, this, [this] { closeClient(); });
}

QString SimcomHttpFsFlow::serverPart(const QUrl &url)
{
    QUrl server;
    server.setScheme(url.scheme());
    server.setHost(url.host());
    server.setPort(url.port());
    return server.toString(QUrl::FullyEncoded).remove(u'"'); // an AT string cannot carry one
}

QString SimcomHttpFsFlow::pathPart(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path.remove(u'"');
}

bool SimcomHttpFsFlow::checkRequest()
{
    const UpdateRequest &r = request();
    const QString scheme = r.url.scheme().toLower();
    if (!r.url.isValid() || r.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(FailureReason::NotApplicable, tr("No valid http(s) URL for the module to download from"),
             tr("Start FotaDesk's package server so it serves the package, or give the package's URL."));
        return false;
    }
    const QString md5 = r.packageMd5.trimmed().toLower();
    if (!md5.isEmpty() && SimcomPackage::isMd5Hex(md5)) {
        m_md5 = md5;
        m_size = r.packageSize > 0 ? r.packageSize
                                   : (r.packagePath.isEmpty() ? -1 : QFileInfo(r.packagePath).size());
    } else {
        // No usable MD5 in the catalog: the file gives it (and refuses a bad one).
        const SimcomPackage::Loaded loaded = SimcomPackage::load(r, options().flash.partitionSize);
        if (!loaded.ok()) {
            fail(loaded.reason, loaded.message, loaded.advice);
            return false;
        }
        m_md5 = loaded.md5;
        m_size = loaded.bytes.size();
    }
    if (m_size > options().flash.partitionSize) {
        fail(FailureReason::NoSpace,
             tr("The package (%1 bytes) is larger than the module's FOTA partition (%2 bytes)")
                 .arg(m_size).arg(options().flash.partitionSize),
             tr("Use a delta package for this module, not a full image."));
        return false;
    }
    return true;
}

void SimcomHttpFsFlow::deliver()
{
    const QString server = serverPart(request().url);
    reportInPhase(tr("Creating the module's HTTP client for %1").arg(server));
    session()->send(AtCommand(QStringLiteral("AT+CHTTPCREATE=\"%1\"").arg(server), options().command)
                        .asPrivileged(),
                    this, [this](const AtResult &result) { onCreated(result); });
}

void SimcomHttpFsFlow::onCreated(const AtResult &result)
{
    if (isFinished())
        return;
    if (!result.ok()) {
        if (result.status == AtStatus::Error) {
            fail(FailureReason::ModuleRefused, tr("The module could not create an HTTP client"),
                 tr("All its HTTP client instances may be in use by another application: release "
                    "them (AT+CHTTPDESTROY=<id>) or restart the module, then start again."),
                 result.describe());
            return;
        }
        failCommand(result);
        return;
    }
    const std::optional<int> id = parseHttpCreate(result);
    if (!id) {
        fail(FailureReason::ModuleRefused, tr("The module's answer to AT+CHTTPCREATE names no client"),
             tr("Check that the firmware supports AT+CHTTPCREATE, then start again."),
             result.lines.join(u' '));
        return;
    }
    m_client = *id;
    reportInPhase(tr("Connecting the module to %1").arg(serverPart(request().url)));
    session()->send(AtCommand(QStringLiteral("AT+CHTTPCON=%1").arg(m_client), options().connect).asPrivileged(),
                    this, [this](const AtResult &r) { onConnected(r); });
}

void SimcomHttpFsFlow::onConnected(const AtResult &result)
{
    if (isFinished())
        return;
    if (result.ok()) {
        download();
        return;
    }
    if (result.status == AtStatus::Error) {
        fail(FailureReason::Network,
             tr("The module could not connect to the package server at %1").arg(serverPart(request().url)),
             tr("Check the module's data connection (AT+CGACT?, AT+CGCONTRDP) and that the server's "
                "address is reachable from the module's network: a real module cannot reach a server "
                "listening on 127.0.0.1."),
             result.describe());
        return;
    }
    failCommand(result);
}

void SimcomHttpFsFlow::download()
{
    enterPhase(UpdatePhase::Downloading,
               tr("The module downloads the package from %1").arg(serverPart(request().url)),
               options().download);
    m_clock.start();
    const QString command = QStringLiteral("AT+CHTTPTOFS=%1,\"%2\"").arg(m_client).arg(pathPart(request().url));
    session()->send(AtCommand(command, options().command).asPrivileged(), this, [this](const AtResult &result) {
        if (isFinished())
            return;
        // A progress line ("+CHTTPTOFS: ...") before the OK is part of the answer, not a URC.
        for (const QString &line : result.lines) {
            if (!isFinished())
                onDeliveryUrc(line);
        }
        if (!result.ok() && !isFinished())
            failCommand(result);
    });
}

void SimcomHttpFsFlow::onDeliveryUrc(const QString &line)
{
    if (m_client < 0)
        return;
    if (const auto headers = parseHttpHeaders(line)) {
        if (headers->client != m_client)
            return;
        if (headers->status < 200 || headers->status >= 300) {
            const SimcomError e = SimcomError::forHttpStatus(headers->status);
            fail(e.reason, e.message, e.advice, line.trimmed());
            return;
        }
        m_announced = headers->contentLength;
        onProgress(0, m_announced, line);
        return;
    }
    if (const auto tofs = parseHttpToFs(line)) {
        if (tofs->client != m_client)
            return;
        if (tofs->stored)
            onStored(tofs->received, tofs->total, line);
        else
            onProgress(tofs->received, tofs->total, line);
        return;
    }
    if (const auto error = parseHttpError(line)) {
        if (error->client != m_client)
            return;
        const SimcomError e = SimcomError::forHttpError(error->code);
        fail(e.reason, e.message, e.advice, line.trimmed());
        return;
    }
    qCDebug(lcSimcomOta) << "ignored while downloading:" << line;
}

void SimcomHttpFsFlow::onProgress(qint64 received, qint64 total, const QString &line)
{
    UpdateProgress p = lastProgress();
    p.bytesTotal = total > 0 ? total : m_size;
    p.bytesDone = received;
    p.percent = p.bytesTotal > 0 ? int(qBound(qint64(0), received * 100 / p.bytesTotal, qint64(100))) : -1;
    const qint64 ms = m_clock.elapsed();
    if (received > 0 && ms > 0) {
        p.bytesPerSecond = double(received) * 1000.0 / double(ms);
        if (p.bytesTotal > 0)
            p.etaMs = qint64(double(p.bytesTotal - received) * 1000.0 / p.bytesPerSecond);
    }
    p.message = p.bytesTotal > 0 ? tr("The module downloads the package (%1 of %2 bytes)").arg(received).arg(p.bytesTotal)
                                 : tr("The module downloads the package (%1 bytes)").arg(received);
    p.rawLine = line;
    reportProgress(p);
}

void SimcomHttpFsFlow::onStored(qint64 received, qint64 total, const QString &line)
{
    if (received != total || (m_announced >= 0 && received != m_announced)) {
        fail(FailureReason::TransferFailed, tr("The module stored %1 of %2 bytes").arg(received).arg(total),
             tr("The download was cut short. Check the coverage, then start again; the firmware is "
                "unchanged."),
             line.trimmed());
        return;
    }
    if (m_size > 0 && received != m_size) {
        fail(FailureReason::Integrity,
             tr("The server sent %1 bytes; the package has %2").arg(received).arg(m_size),
             tr("The URL serves another file than the package. Check the URL, then start again; the "
                "firmware is unchanged."),
             line.trimmed());
        return;
    }
    onProgress(received, total, line);
    const qint64 size = received;
    enterPhase(UpdatePhase::Downloaded, tr("The package is stored on the module (%1 bytes)").arg(size), {}, line);
    closeClient([this, size] { checkAndInstall(size, m_md5); });
}

void SimcomHttpFsFlow::closeClient(std::function<void()> then)
{
    if (m_client < 0 || !isConnected()) {
        m_client = -1;
        if (then)
            then();
        return;
    }
    const int id = std::exchange(m_client, -1);
    session()->send(AtCommand(QStringLiteral("AT+CHTTPDISCON=%1").arg(id), options().command).asPrivileged());
    session()->send(AtCommand(QStringLiteral("AT+CHTTPDESTROY=%1").arg(id), options().command).asPrivileged(),
                    this, [this, then = std::move(then)](const AtResult &result) {
                        if (!result.ok() && session())
                            session()->note(tr("closing the HTTP client: %1").arg(result.describe()));
                        // A lost port is onDisconnected()'s to judge, not a go-ahead.
                        if (then && !isFinished() && result.status != AtStatus::PortLost)
                            then();
                    });
}

void SimcomHttpFsFlow::onPortLostWhileDelivering()
{
    m_client = -1; // the module's restart took it
    SimcomFlow::onPortLostWhileDelivering();
}

void SimcomHttpFsFlow::onDeliveryWatchdog()
{
    if (lastProgress().phase == UpdatePhase::Downloading) {
        fail(FailureReason::Timeout,
             tr("The download did not finish within %1 s").arg(lastProgress().limitMs / 1000),
             tr("Check the coverage and that FotaDesk's package server still runs, then start again; "
                "the download starts over."));
        return;
    }
    SimcomFlow::onDeliveryWatchdog();
}
