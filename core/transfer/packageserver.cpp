#include "packageserver.h"

#include "byterange.h"
#include "connectiongate.h"
#include "filestreamer.h"
#include "transferlog.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QNetworkInterface>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

using Status = QHttpServerResponder::StatusCode;

// QAbstractHttpServer parses; PackageServer decides. Kept private so the
// public API is ours, not QAbstractHttpServer's.
class PackageHttpFrontEnd : public QAbstractHttpServer
{
public:
    explicit PackageHttpFrontEnd(PackageServer *server) : m_server(server) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        m_server->handle(request, responder);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Not reached (handleRequest answers everything); answer anyway.
        QHttpServerResponder responder = makeResponder(request, socket);
        m_server->handle(request, responder);
    }

private:
    PackageServer *m_server;
};

namespace {

const QString kPrefix = QStringLiteral("p");

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

// Rejects what only an attack or a broken client sends, whatever is registered:
// dot segments (also percent-encoded: QUrl decodes %2e) and encoded slashes,
// backslashes or NULs that could become separators further down.
bool isSuspicious(const QString &encodedPath)
{
    const QStringList segments = encodedPath.split(u'/');
    for (const QString &segment : segments) {
        if (segment == u"." || segment == u"..")
            return true;
        if (segment.contains(u'\\') || segment.contains(QLatin1String("%2f"), Qt::CaseInsensitive)
            || segment.contains(QLatin1String("%5c"), Qt::CaseInsensitive)
            || segment.contains(QLatin1String("%00")))
            return true;
    }
    return false;
}

void writeHeaders(QHttpServerResponder &responder, Status status,
                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    responder.writeStatusLine(status);
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Connection", "close");
}

void writeError(QHttpServerResponder &responder, Status status, bool head,
                QList<QPair<QByteArray, QByteArray>> headers = {})
{
    const QByteArray body = QByteArray::number(int(status)) + '\n';
    headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/plain"))
            << qMakePair(QByteArray("Content-Length"), QByteArray::number(head ? 0 : body.size()));
    writeHeaders(responder, status, headers);
    responder.writeBody(head ? QByteArray() : body);
}

void closeWhenSent(QTcpSocket *socket)
{
    if (socket)
        socket->disconnectFromHost(); // sends what is queued first
}

} // namespace

PackageServer::PackageServer(QObject *parent)
    : QObject(parent), m_http(std::make_unique<PackageHttpFrontEnd>(this))
{
}

PackageServer::~PackageServer()
{
    // Bodies still streaming end with their connections; nobody is left to
    // hear about it.
    const QList<FileStreamer *> streamers = findChildren<FileStreamer *>(Qt::FindDirectChildrenOnly);
    for (FileStreamer *streamer : streamers) {
        disconnect(streamer, nullptr, this, nullptr);
        delete streamer;
    }
}

bool PackageServer::listen(const QHostAddress &address, quint16 port)
{
    if (isListening()) {
        m_error = tr("The package server is already listening on %1.").arg(baseUrl().toString());
        return false;
    }
    auto *tcp = new ConnectionGate(m_limits, m_http.get());
    // Qt's default backlog (50) drops the handshakes of a burst of modules
    // starting at once; they retry only after a second or more. The gate,
    // not the backlog, is what limits connections.
    tcp->setListenBacklogSize(qBound(50, m_limits.maxConnections, 1024));
    if (!tcp->listen(address, port)) {
        m_error = tr("Cannot listen on %1 port %2: %3. Choose another address or port.")
                      .arg(address.toString()).arg(port).arg(tcp->errorString());
        qCWarning(lcTransfer) << "package server:" << m_error;
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    m_error.clear();
    qCInfo(lcTransfer) << "package server: listening on" << baseUrl().toString();
    return true;
}

void PackageServer::close()
{
    delete m_tcp; // QAbstractHttpServer forgets a destroyed server
    m_tcp = nullptr;
}

void PackageServer::setLimits(const PackageServerLimits &limits)
{
    m_limits = limits;
    if (m_tcp)
        m_tcp->setLimits(limits);
}

int PackageServer::connectionCount() const
{
    return m_tcp ? m_tcp->connectionCount() : 0;
}

bool PackageServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QHostAddress PackageServer::serverAddress() const
{
    return isListening() ? m_tcp->serverAddress() : QHostAddress();
}

quint16 PackageServer::serverPort() const
{
    return isListening() ? m_tcp->serverPort() : 0;
}

QUrl PackageServer::baseUrl() const
{
    if (!isListening())
        return {};
    QString host = m_advertisedHost; // a name or a NAT's address the modules can reach
    const QHostAddress address = m_tcp->serverAddress();
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
    if (host.isEmpty() && !any)
        host = address.toString();
    if (host.isEmpty()) {
        const auto all = QNetworkInterface::allAddresses();
        for (const QHostAddress &candidate : all) {
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback()) {
                host = candidate.toString();
                break;
            }
        }
    }
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_tcp->serverPort());
    return url;
}

bool PackageServer::servesLoopbackOnly() const
{
    if (!isListening())
        return false;
    const QString host = baseUrl().host();
    return QHostAddress(host).isLoopback() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

QString PackageServer::redacted(const QUrl &url)
{
    // The token is the package's only credential: logs show its first
    // characters, enough to tell two URLs apart, never enough to fetch.
    QStringList segments = url.path().split(QLatin1Char('/'));
    if (segments.size() >= 3 && segments.at(1) == QLatin1String("p") && segments.at(2).size() > 6)
        segments[2] = segments.at(2).left(6) + QStringLiteral("…");
    QUrl shown = url;
    shown.setPath(segments.join(QLatin1Char('/')));
    return shown.toString();
}

namespace {

QString shortened(const QString &token)
{
    return token.size() > 6 ? token.left(6) + QStringLiteral("…") : token;
}

} // namespace

QString PackageServer::redactedPath(const QString &encodedPath) const
{
    QStringList segments = encodedPath.split(u'/');
    if (segments.size() >= 3 && segments.at(1) == kPrefix)
        segments[2] = shortened(segments.at(2));
    QString shown = segments.join(u'/');
    // A token may also sit elsewhere in a crafted path ("/p/x/../<token>/...").
    for (auto it = m_packages.cbegin(); it != m_packages.cend(); ++it)
        shown.replace(it.key(), shortened(it.key()), Qt::CaseInsensitive);
    return shown;
}

QUrl PackageServer::registerPackage(const QString &filePath, const QString &moduleId)
{
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable()) {
        qCWarning(lcTransfer) << "package server: cannot serve" << filePath << "(not a readable file)";
        return {};
    }
    const QString token = newToken();
    m_packages.insert(token, {info.absoluteFilePath(), info.fileName(), moduleId});
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/%1/%2/%3").arg(kPrefix, token, info.fileName()), QUrl::DecodedMode);
    qCInfo(lcTransfer) << "package server: serving" << info.absoluteFilePath() << "for"
                       << (moduleId.isEmpty() ? QStringLiteral("any module") : moduleId);
    return url;
}

void PackageServer::unregisterPackage(const QUrl &url)
{
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    if (segments.size() == 4 && segments.at(1) == kPrefix)
        m_packages.remove(segments.at(2));
}

const PackageServer::Package *PackageServer::lookup(const QString &encodedPath) const
{
    if (isSuspicious(encodedPath))
        return nullptr;
    const QStringList segments = encodedPath.split(u'/');
    if (segments.size() != 4 || !segments.at(0).isEmpty() || segments.at(1) != kPrefix)
        return nullptr;
    const auto it = m_packages.constFind(segments.at(2));
    if (it == m_packages.cend())
        return nullptr;
    // The name is part of the address: a right token with another name is 404 too.
    if (QUrl::fromPercentEncoding(segments.at(3).toUtf8()) != it->fileName)
        return nullptr;
    return &*it;
}

void PackageServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = responder.socket();
    ServedRequest served;
    served.method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyEncoded);
    served.path = redactedPath(path);
    served.range = QString::fromLatin1(request.value("Range"));
    served.peer = socket ? socket->peerAddress() : request.remoteAddress();
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    // One request per connection: whatever else arrives is never parsed, so a
    // pipelined request cannot write a second answer into this one's body.
    if (socket)
        QObject::disconnect(socket, &QTcpSocket::readyRead, m_http.get(), nullptr);

    const Package *package = lookup(path);
    if (!package) {
        if (isSuspicious(path))
            qCWarning(lcTransfer) << "package server: refused suspicious path" << served.path
                                  << "from" << served.peer.toString();
        served.status = 404;
        writeError(responder, Status::NotFound, head);
        closeWhenSent(socket);
        report(served);
        return;
    }
    served.moduleId = package->moduleId;
    if (request.method() != QHttpServerRequest::Method::Get && !head) {
        served.status = 405;
        writeError(responder, Status::MethodNotAllowed, false,
                   {{QByteArray("Allow"), QByteArray("GET, HEAD")}});
        closeWhenSent(socket);
        report(served);
        return;
    }

    auto file = std::make_unique<QFile>(package->filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcTransfer) << "package server: cannot open" << package->filePath << ":"
                              << file->errorString();
        served.status = 404;
        writeError(responder, Status::NotFound, head);
        closeWhenSent(socket);
        report(served);
        return;
    }
    const qint64 size = file->size();
    const QDateTime modified = QFileInfo(*file).lastModified();
    const QByteArray etag = '"' + QByteArray::number(size, 16) + '-'
        + QByteArray::number(modified.toMSecsSinceEpoch(), 16) + '"';
    const QByteArray lastModified = httpDate(modified);

    ByteRange range = ByteRange::parse(request.value("Range"), size);
    const QByteArray ifRange = request.value("If-Range").trimmed();
    if (range.kind != ByteRange::Kind::Whole && !ifRange.isEmpty() && ifRange != etag
        && ifRange != lastModified)
        range = {ByteRange::Kind::Whole, 0, size - 1}; // the file changed: send it all

    // bytes=<size>- is a module resuming a download it already has whole (it
    // lost the port before it checked the file). A Range may be ignored: the
    // whole file again (200) restarts it, where 416 leaves it stuck on an error.
    if (range.kind == ByteRange::Kind::Unsatisfiable && size > 0 && range.first == size)
        range = {ByteRange::Kind::Whole, 0, size - 1};
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        served.status = 416;
        writeError(responder, Status::RequestRangeNotSatisfiable, head,
                   {{QByteArray("Content-Range"), "bytes */" + QByteArray::number(size)}});
        closeWhenSent(socket);
        report(served);
        return;
    }

    const bool partial = range.kind == ByteRange::Kind::Partial;
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Content-Type", "application/octet-stream"},
        {"Content-Length", QByteArray::number(range.length())},
        {"Accept-Ranges", "bytes"},
        {"ETag", etag},
        {"Last-Modified", lastModified},
    };
    if (partial)
        headers.append({"Content-Range", "bytes " + QByteArray::number(range.first) + '-'
                                             + QByteArray::number(range.last) + '/'
                                             + QByteArray::number(size)});
    served.status = partial ? 206 : 200;
    writeHeaders(responder, partial ? Status::PartialContent : Status::Ok, headers);
    responder.writeBody(QByteArray()); // the blank line that ends the headers

    if (head || range.length() == 0 || !socket) {
        closeWhenSent(socket);
        report(served);
        return;
    }
    auto *streamer = new FileStreamer(std::move(file), range.first, range.last, socket, this);
    connect(streamer, &FileStreamer::finished, this,
            [this, served, socket = QPointer<QTcpSocket>(socket)](qint64 sent, bool complete) mutable {
        served.bytesSent = sent;
        served.complete = complete;
        closeWhenSent(socket);
        report(served);
    });
    streamer->start();
}

void PackageServer::report(const ServedRequest &request)
{
    qCInfo(lcTransfer).noquote() << "package server:" << request.method << request.path
                                 << request.status << request.bytesSent << "bytes"
                                 << (request.range.isEmpty() ? QString() : QStringLiteral("range ") + request.range)
                                 << "module" << (request.moduleId.isEmpty() ? QStringLiteral("-") : request.moduleId)
                                 << "peer" << request.peer.toString();
    emit requestServed(request);
}
