#include "httpdownload.h"

#include "faults/faultset.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

HttpDownload::HttpDownload(QNetworkAccessManager &network, const FaultSet &faults, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_faults(faults)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { fail(Error::Timeout); });
}

HttpDownload::~HttpDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpDownload::start(const QUrl &url, const QByteArray &fragment)
{
    m_done = false;
    m_body.clear();
    m_status = 0;
    m_headersSeen = false;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(Error::BadUrl); });
        return;
    }
    const QString fault = m_faults.httpFault();
    if (fault == QLatin1String("timeout")) {
        m_idle.start(m_timeout);
        return;
    }
    if (fault == QLatin1String("reset")) {
        QTimer::singleShot(0, this, [this] { fail(Error::Reset); });
        return;
    }
    if (!fault.isEmpty()) {
        const int status = fault.toInt();
        QTimer::singleShot(0, this, [this, status] {
            m_status = status;
            emit headersReceived(status, 0, {{"Content-Length", "0"}});
            fail(Error::Http, status);
        });
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_resumeFrom = fragment.size();
    if (m_resumeFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
        m_body = fragment;
    }
    m_reply = m_network.get(request);
    if (m_ignoreSsl)
        m_reply->ignoreSslErrors();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpDownload::onFinished);
    m_idle.start(m_timeout);
}

void HttpDownload::abort()
{
    fail(Error::Aborted);
}

void HttpDownload::onMetaData()
{
    if (m_headersSeen || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersSeen = true;
    m_status = status.toInt();
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                              ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                              : -1;
    if (m_status == 206) {
        // Resume only onto the same file: the total must match what we kept.
        static const QRegularExpression range(QStringLiteral("bytes (\\d+)-(\\d+)/(\\d+)"));
        const auto m = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_resumeFrom) {
            m_body.clear();
            m_total = length;
        } else {
            m_total = m.captured(3).toLongLong();
        }
    } else {
        m_body.clear(); // 200: the server sends everything again
        m_total = length;
    }
    emit headersReceived(m_status, m_total, m_reply->rawHeaderPairs());
    if (m_status >= 300) {
        fail(Error::Http, m_status);
        return;
    }
    if (m_maxSize >= 0 && m_total > m_maxSize)
        fail(Error::TooLarge, m_status);
}

void HttpDownload::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    onMetaData();
    if (m_done)
        return;
    m_body.append(m_reply->readAll());
    m_idle.start(m_timeout);
    if (m_maxSize >= 0 && m_body.size() > m_maxSize) {
        fail(Error::TooLarge, m_status);
        return;
    }
    emit progress(m_body.size(), m_total);
}

void HttpDownload::onFinished()
{
    if (!m_reply || m_done)
        return;
    onMetaData();
    if (m_done)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::NoError) {
        m_body.append(m_reply->readAll());
        m_done = true;
        m_idle.stop();
        if (m_total < 0)
            m_total = m_body.size();
        emit progress(m_body.size(), m_total);
        emit finished({Error::None, m_status, m_body, m_total});
        return;
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        fail(Error::Unreachable);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        fail(Error::Timeout);
        break;
    case QNetworkReply::RemoteHostClosedError:
        fail(Error::Reset);
        break;
    default:
        if (m_status >= 300)
            fail(Error::Http, m_status);
        else
            fail(Error::Reset);
    }
}

void HttpDownload::fail(Error error, int status)
{
    if (m_done)
        return;
    m_done = true;
    m_idle.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (error == Error::Http) {
            // The server already said no: let the reply end by itself
            // (aborting now trips an internal QNAM warning).
            connect(m_reply, &QNetworkReply::finished, m_reply, &QObject::deleteLater);
        } else {
            if (m_reply->isRunning())
                m_reply->abort();
            m_reply->deleteLater();
        }
        m_reply = nullptr;
    }
    emit finished({error, status ? status : m_status, m_body, m_total});
}
