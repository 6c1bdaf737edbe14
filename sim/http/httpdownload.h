#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class FaultSet;
class QNetworkAccessManager;
class QNetworkReply;

// A module downloading a file over real HTTP(S): optional resume of a kept
// fragment with a Range request (used only when the server answers 206 for
// the same total size; a 200 starts over), a size limit checked against
// Content-Length before the body is taken, and the `http:` faults.
class HttpDownload : public QObject
{
    Q_OBJECT

public:
    enum class Error { None, Http, Unreachable, Timeout, Reset, TooLarge, BadUrl, Aborted };
    struct Result
    {
        Error error = Error::None;
        int status = 0;        // HTTP status when one arrived
        QByteArray body;       // fragment included
        qint64 total = -1;
    };

    HttpDownload(QNetworkAccessManager &network, const FaultSet &faults, QObject *parent = nullptr);
    ~HttpDownload() override;

    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setIgnoreSslErrors(bool ignore) { m_ignoreSsl = ignore; }
    void start(const QUrl &url, const QByteArray &fragment = {});
    void abort();
    QByteArray received() const { return m_body; }
    qint64 total() const { return m_total; }

signals:
    void headersReceived(int status, qint64 total, const QList<QPair<QByteArray, QByteArray>> &headers);
    void progress(qint64 received, qint64 total);
    void finished(const HttpDownload::Result &result);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(Error error, int status = 0);

    QNetworkAccessManager &m_network;
    const FaultSet &m_faults;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idle;
    QByteArray m_body;
    qint64 m_resumeFrom = 0;
    qint64 m_total = -1;
    qint64 m_maxSize = -1;
    std::chrono::milliseconds m_timeout{30000};
    int m_status = 0;
    bool m_ignoreSsl = false;
    bool m_headersSeen = false;
    bool m_done = false;
};
