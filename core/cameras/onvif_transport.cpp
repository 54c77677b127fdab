#include "core/cameras/onvif_transport.h"

#include "core/cameras/onvif_client.h"
#include "core/cameras/onvif_xml.h"

#include <QAuthenticator>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace vigie::cameras {

namespace {

const char *const kTimedOut = "vigie_timed_out";
const char *const kTooLarge = "vigie_too_large";
const char *const kAuthenticated = "vigie_authenticated";

} // namespace

OnvifTransport::OnvifTransport(QObject *parent) : QObject(parent) { }

void OnvifTransport::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void OnvifTransport::call(const QUrl &address, const QByteArray &body, bool authenticated,
                          Handler handler, Failure failure)
{
    // Created lazily so that the owner may be moved to a worker thread before it starts.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Some firmware wants HTTP Digest rather than (or besides) WS-Security: the same
        // credentials answer its challenge, once per request, so that a wrong password ends
        // as a refusal instead of a loop.
        connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
                [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                    if (reply->property(kAuthenticated).toBool() || m_user.isEmpty())
                        return;
                    reply->setProperty(kAuthenticated, true);
                    authenticator->setUser(m_user);
                    authenticator->setPassword(m_password);
                });
    }
    QNetworkRequest request(address);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/soap+xml; charset=utf-8"));
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(m_clockOffset_s);
    const QByteArray envelope = authenticated ? onvifEnvelope(body, m_user, m_password, created)
                                              : onvifEnvelope(body, QString(), QString(), created);
    QNetworkReply *reply = m_network->post(request, envelope);
    QTimer::singleShot(m_timeout_ms, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    // A device that sends without end is cut at the cap, not buffered until memory runs out.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > XmlLimits().maxBytes || total > XmlLimits().maxBytes) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handler = std::move(handler), failure = std::move(failure)] {
                onReply(reply, handler, failure);
            });
}

void OnvifTransport::onReply(QNetworkReply *reply, const Handler &handler, const Failure &failure)
{
    reply->deleteLater();
    const QString host = m_host.isEmpty() ? reply->url().host() : m_host;
    const auto fail = [&failure](const QString &message) {
        failure(message, false);
    };
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property(kTimedOut).toBool()) {
        fail(tr("The device %1 did not answer within %2 s.")
                 .arg(host, QLocale().toString(m_timeout_ms / 1000.0)));
        return;
    }
    if (reply->property(kTooLarge).toBool()) {
        fail(tr("The answer of the device %1 is not readable: %2")
                 .arg(host, tr("it is larger than %1 bytes.").arg(XmlLimits().maxBytes)));
        return;
    }
    if (status == 401) {
        fail(tr("The device %1 refused the user name or password.").arg(host));
        return;
    }
    if (status == 0) {
        fail(tr("The device %1 cannot be reached: %2").arg(host, reply->errorString()));
        return;
    }
    const QByteArray answer = reply->read(XmlLimits().maxBytes + 1);
    Result<XmlElement> parsed = parseXml(answer);
    const XmlElement *body = parsed ? parsed.value().child(u"Body") : nullptr;
    const XmlElement *fault = body ? body->child(u"Fault") : nullptr;
    if (fault) {
        // SOAP 1.2 Code/Subcode/Value, nested; ter:NotAuthorized and ter:ActionNotSupported
        // are the ONVIF ones a user can act on.
        QString codes;
        for (const XmlElement *code = fault->child(u"Code"); code; code = code->child(u"Subcode"))
            codes += code->findText(u"Value") + QLatin1Char(' ');
        const QString reason
            = fault->find(u"Reason") ? fault->find(u"Reason")->findText(u"Text") : QString();
        if (codes.contains(QLatin1String("NotAuthorized")))
            fail(tr("The device %1 refused the user name or password.").arg(host));
        else if (codes.contains(QLatin1String("ActionNotSupported")))
            failure(tr("The device %1 does not support this operation: %2").arg(host, reason),
                    true);
        else
            fail(tr("The device %1 answered with an error: %2")
                     .arg(host, reason.isEmpty() ? codes.trimmed() : reason));
        return;
    }
    if (status == 404 || status == 405) {
        fail(tr("The device %1 has no ONVIF service at this address (HTTP %2).")
                 .arg(host)
                 .arg(status));
        return;
    }
    if (status != 200) {
        fail(tr("The device %1 answered HTTP %2.").arg(host).arg(status));
        return;
    }
    if (!parsed) {
        fail(tr("The answer of the device %1 is not readable: %2").arg(host, parsed.error()));
        return;
    }
    if (!body || body->children.isEmpty()) {
        fail(tr("The answer of the device %1 is not readable: %2").arg(host, tr("no SOAP body.")));
        return;
    }
    handler(body->children.first());
}

} // namespace vigie::cameras
