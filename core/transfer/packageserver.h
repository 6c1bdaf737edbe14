#pragma once

#include "packageserverlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class ConnectionGate;
class PackageHttpFrontEnd;

// One answered request, for the log of the module it belongs to.
struct ServedRequest
{
    QString method;        // "GET", "HEAD", ...
    QString path;          // as requested, percent-encoded, the token shortened
                           // (see redacted()): this is what people are shown
    int status = 0;        // 200, 206, 404, 405, 416
    QString range;         // the Range header as sent; empty when none
    qint64 bytesSent = 0;  // body bytes handed to the network (0 for HEAD and errors)
    bool complete = true;  // false when the peer left before the whole body was sent
    QString moduleId;      // the module the package was registered for; empty for 404s
    QHostAddress peer;
};

Q_DECLARE_METATYPE(ServedRequest)

// FotaDesk's own HTTP server for packages a module downloads itself
// (Cinterion AT^SNFOTA "url", SIM7020 AT+CHTTPTOFS).
//
//  - Serves registered files only, each at /p/<128-bit random token>/<file name>;
//    every other path is 404, and so is any path with a "." or ".." segment or
//    an encoded slash, backslash or NUL (traversal attempts), before any lookup.
//  - GET and HEAD (other methods on a package: 405); a single Range
//    ("bytes=a-b", "bytes=a-", "bytes=-n") gives 206 with Content-Range, or 416
//    when it starts past the end; If-Range with the ETag or date is honoured.
//  - 200/206 carry Content-Type: application/octet-stream and Content-Length;
//    bodies are streamed from the file as the peer reads them.
//  - Listens on 127.0.0.1 unless told otherwise: a module on a mobile network
//    needs an address it can reach, and that is the caller's explicit choice.
//  - Every response is signalled with requestServed() and logged under
//    fotadesk.transfer.
//
// Built on QAbstractHttpServer (request parsing), but bodies are written by
// FileStreamer rather than QHttpServerResponder::write(QIODevice *): in Qt 6.4
// that copies the next 128 KiB into the socket on every event-loop turn without
// waiting for the peer, so a slow client gets the whole file queued in memory
// (measured: 14.6 MB of a 20 MB file queued for a 2 MB/s client); it also
// always sends the device's whole size as Content-Length.
// Each response ends its connection (Connection: close): modules fetch one
// file per connection, and a pipelined request can never land inside a body
// (once a request is answered the parser is cut off from its socket).
//
// It faces the modules' mobile networks, so the internet: ConnectionGate
// accepts in front of the parser and enforces PackageServerLimits (header
// deadline and idle gap, connection caps in total and per address with 503 +
// Retry-After, 414 and 431 decided while the bytes arrive, a peer that stops
// reading the response dropped). Logs and ServedRequest show tokens shortened.
class PackageServer : public QObject
{
    Q_OBJECT

public:
    explicit PackageServer(QObject *parent = nullptr);
    ~PackageServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    QString errorString() const { return m_error; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    // Applies to connections accepted from now on.
    void setLimits(const PackageServerLimits &limits);
    PackageServerLimits limits() const { return m_limits; }
    // Connections open now, in the gate or being answered.
    int connectionCount() const;

    // The host modules are told to use (a name, or a NAT's public address).
    // Unset: the bound address, or for "any" the machine's first
    // non-loopback IPv4 address.
    void setAdvertisedHost(const QString &host) { m_advertisedHost = host.trimmed(); }
    // True when the URLs it hands out reach this computer only (127.0.0.1).
    bool servesLoopbackOnly() const;
    // `url` with its token shortened, for logs and transcripts.
    static QString redacted(const QUrl &url);
    // An encoded request path as logged and shown: the token's first
    // characters only, wherever a registered token appears in it.
    QString redactedPath(const QString &encodedPath) const;
    // http://<host>:<port>; empty when not listening.
    QUrl baseUrl() const;

    // Serves `filePath` (read at every request, never cached) at a new
    // unguessable URL; empty when the file cannot be read. Relative to
    // baseUrl(), so register after listen() for an absolute URL.
    QUrl registerPackage(const QString &filePath, const QString &moduleId = {});
    void unregisterPackage(const QUrl &url);
    int packageCount() const { return int(m_packages.size()); }

signals:
    void requestServed(const ServedRequest &request);

private:
    friend class PackageHttpFrontEnd;

    struct Package
    {
        QString filePath;
        QString fileName;
        QString moduleId;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    const Package *lookup(const QString &encodedPath) const;
    void report(const ServedRequest &request);

    std::unique_ptr<PackageHttpFrontEnd> m_http;
    ConnectionGate *m_tcp = nullptr; // owned by m_http
    PackageServerLimits m_limits;
    QHash<QString, Package> m_packages; // by token
    QString m_advertisedHost;
    QString m_error;
};
