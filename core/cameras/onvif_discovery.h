// WS-Discovery (ONVIF Core 7.3): a Probe for network video transmitters, sent to the
// multicast group or to one address, and the ProbeMatches collected until a timeout.
#pragma once

#include "core/cameras/camera.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

class QTimer;
class QUdpSocket;

namespace vigie::cameras {

struct DiscoveredDevice
{
    QString endpoint; // urn:uuid:..., the device's stable identity
    QList<QUrl> addresses; // XAddrs: its device service
    QString name; // from the onvif://www.onvif.org/name/... scope
    QString hardware;
    QString location;
};

// Reads the ProbeMatches of one datagram; nothing when it is not one (or is hostile).
QList<DiscoveredDevice> parseProbeMatches(const QByteArray &datagram);

// The devices none of whose addresses is the host of a directory camera's stream.
QList<DiscoveredDevice> notInDirectory(const QList<DiscoveredDevice> &devices,
                                       const QList<Camera> &cameras);

class OnvifDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kPort = 3702;
    static QHostAddress multicastGroup() { return QHostAddress(QStringLiteral("239.255.255.250")); }

    explicit OnvifDiscovery(QObject *parent = nullptr);
    ~OnvifDiscovery() override;

    // Emits finished() once, after timeout_ms, with each device once (by endpoint).
    void probe(int timeout_ms = 3000, const QHostAddress &target = multicastGroup(),
               quint16 port = kPort);

signals:
    void finished(const QList<vigie::cameras::DiscoveredDevice> &devices);
    // The socket could not be opened or the probe not sent.
    void failed(const QString &message);

private:
    void onReadyRead();
    void finish();

    QUdpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QString m_messageId;
    QList<DiscoveredDevice> m_devices;
};

} // namespace vigie::cameras
