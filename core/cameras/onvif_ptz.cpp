#include "core/cameras/onvif_ptz.h"

#include "core/cameras/onvif_transport.h"
#include "core/cameras/onvif_xml.h"

#include <QTimer>

namespace vigie::cameras {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray velocity(double value)
{
    return QByteArray::number(qBound(-1.0, value, 1.0), 'f', 3);
}

} // namespace

OnvifPtz::OnvifPtz(QObject *parent)
    : QObject(parent), m_client(new OnvifClient(this)), m_transport(new OnvifTransport(this))
{
    connect(m_client, &OnvifClient::finished, this, [this](const Result<OnvifDevice> &device) {
        m_opening = false;
        if (!device.ok()) {
            m_openError = device.error();
        } else if (device.value().ptzAddress.isEmpty() || device.value().ptzProfile.isEmpty()) {
            m_openError = tr("The device %1 does not support this operation: %2")
                              .arg(device.value().address.host(), tr("it has no PTZ service."));
        } else {
            m_device = device.value();
            m_transport->setClockOffset(m_device.clockOffset_s);
            m_open = true;
        }
        finish(PtzOperation::Open, PtzAnswer { PtzOperation::Open, m_openError, {}, {} });
        if (!m_open) {
            // What waited for the device fails with the reason it could not be opened.
            while (!m_queue.empty()) {
                const PtzOperation operation = m_queue.front().operation;
                m_queue.pop_front();
                finish(operation, PtzAnswer { operation, m_openError, {}, {} });
            }
            return;
        }
        sendNext();
    });
}

OnvifPtz::~OnvifPtz() = default;

void OnvifPtz::open(const QUrl &deviceAddress, const QString &user, const QString &password,
                    int timeout_ms)
{
    m_open = false;
    m_opening = true;
    m_openError.clear();
    m_address = deviceAddress;
    m_user = user;
    m_password = password;
    m_transport->setCredentials(user, password);
    m_transport->setTimeout(timeout_ms);
    m_transport->setDeviceHost(deviceAddress.host());
    m_client->inspect(deviceAddress, user, password, timeout_ms);
}

void OnvifPtz::continuousMove(double pan, double tilt, double zoom)
{
    enqueue(PtzOperation::Move, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:ContinuousMove><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken><tptz:Velocity><tt:PanTilt x=\"" + velocity(pan) + "\" y=\""
            + velocity(tilt) + "\"/><tt:Zoom x=\"" + velocity(zoom)
            + "\"/></tptz:Velocity></tptz:ContinuousMove>";
    });
}

void OnvifPtz::stop()
{
    enqueue(PtzOperation::Stop, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:Stop><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken><tptz:PanTilt>true</tptz:PanTilt><tptz:Zoom>true"
              "</tptz:Zoom></tptz:Stop>";
    });
}

void OnvifPtz::gotoPreset(const QString &token)
{
    enqueue(PtzOperation::GotoPreset, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:GotoPreset><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken><tptz:PresetToken>" + escaped(token)
            + "</tptz:PresetToken></tptz:GotoPreset>";
    });
}

void OnvifPtz::setPreset(const QString &name, const QString &token)
{
    enqueue(PtzOperation::SetPreset, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:SetPreset><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken><tptz:PresetName>" + escaped(name) + "</tptz:PresetName>"
            + (token.isEmpty() ? QByteArray()
                               : "<tptz:PresetToken>" + escaped(token) + "</tptz:PresetToken>")
            + "</tptz:SetPreset>";
    });
}

void OnvifPtz::removePreset(const QString &token)
{
    enqueue(PtzOperation::RemovePreset, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:RemovePreset><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken><tptz:PresetToken>" + escaped(token)
            + "</tptz:PresetToken></tptz:RemovePreset>";
    });
}

void OnvifPtz::presets()
{
    enqueue(PtzOperation::Presets, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:GetPresets><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken></tptz:GetPresets>";
    });
}

void OnvifPtz::gotoHome()
{
    enqueue(PtzOperation::Home, [=](const QByteArray &profile) -> QByteArray {
        return "<tptz:GotoHomePosition><tptz:ProfileToken>" + profile
            + "</tptz:ProfileToken></tptz:GotoHomePosition>";
    });
}

void OnvifPtz::enqueue(PtzOperation operation, Body body)
{
    if (!m_open && !m_opening && m_address.isValid()) {
        // The device could not be read before (down, a wrong password since corrected on the
        // camera): tried again with this command waiting, rather than never again.
        m_queue.push_back({ operation, std::move(body) });
        open(m_address, m_user, m_password, m_transport->timeout_ms());
        return;
    }
    if (!m_open && !m_opening) {
        // Later, as for any answer, even when refused at once.
        const QString error
            = m_openError.isEmpty() ? tr("The PTZ camera is not connected yet.") : m_openError;
        QTimer::singleShot(0, this, [this, operation, error] {
            finish(operation, PtzAnswer { operation, error, {}, {} });
        });
        return;
    }
    const bool motion = operation == PtzOperation::Move || operation == PtzOperation::Stop;
    if (motion && !m_queue.empty() && m_queue.back().operation == PtzOperation::Move)
        m_queue.pop_back(); // superseded before it was sent
    m_queue.push_back({ operation, std::move(body) });
    sendNext();
}

void OnvifPtz::sendNext()
{
    if (m_busy || m_queue.empty() || !m_open)
        return;
    const Command command = m_queue.front();
    m_queue.pop_front();
    m_busy = true;
    m_transport->call(
        m_device.ptzAddress, command.body(m_device.ptzProfile.toHtmlEscaped().toUtf8()), true,
        [this, operation = command.operation](const XmlElement &body) {
            m_busy = false;
            PtzAnswer answer { operation, {}, {}, {} };
            if (operation == PtzOperation::SetPreset)
                answer.presetToken = body.findText(u"PresetToken");
            if (operation == PtzOperation::Presets) {
                for (const XmlElement *preset : body.childrenNamed(u"Preset"))
                    answer.presets.append(
                        { preset->attribute(u"token"), preset->findText(u"Name") });
            }
            finish(operation, answer);
            sendNext();
        },
        [this, operation = command.operation](const QString &message, bool) {
            m_busy = false;
            finish(operation, PtzAnswer { operation, message, {}, {} });
            sendNext();
        });
}

void OnvifPtz::finish(PtzOperation operation, PtzAnswer answer)
{
    answer.operation = operation;
    emit answered(answer);
}

} // namespace vigie::cameras
