// Steers a PTZ camera through its ONVIF PTZ service (ver20): continuous moves, stop, presets
// and home. Opens by reading the device (OnvifClient: clock, services, profiles) to learn the
// PTZ service's address and the profile the commands name. Asynchronous: one request at a
// time, and while one is out, a newer move or stop replaces the move still waiting, so that a
// slow camera gets the operator's latest intent instead of a backlog of stale nudges.
#pragma once

#include "core/cameras/onvif_client.h"

#include <QList>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>

namespace vigie::cameras {

class OnvifTransport;

struct PtzPreset
{
    QString token;
    QString name;
};

enum class PtzOperation { Open, Move, Stop, GotoPreset, SetPreset, RemovePreset, Presets, Home };

struct PtzAnswer
{
    PtzOperation operation = PtzOperation::Open;
    QString error; // empty: done; otherwise one sentence in the operator's language
    QString presetToken; // SetPreset: the token the device gave
    QList<PtzPreset> presets; // Presets
    bool ok() const { return error.isEmpty(); }
};

class OnvifPtz : public QObject
{
    Q_OBJECT
public:
    explicit OnvifPtz(QObject *parent = nullptr);
    ~OnvifPtz() override;

    // Reads the device; answered(Open) follows. Commands given meanwhile wait for it.
    void open(const QUrl &deviceAddress, const QString &user, const QString &password,
              int timeout_ms = 5000);
    bool isOpen() const { return m_open; }
    const OnvifDevice &device() const { return m_device; }

    // Velocities in [-1, 1] (zoom: positive closes in), as the generic velocity space.
    void continuousMove(double pan, double tilt, double zoom);
    void stop();
    void gotoPreset(const QString &token);
    // A new preset when token is empty, else that preset moved to the current position.
    void setPreset(const QString &name, const QString &token = QString());
    void removePreset(const QString &token);
    void presets();
    void gotoHome();

signals:
    void answered(const vigie::cameras::PtzAnswer &answer);

private:
    // The body names the profile, unknown until the device is read: built when sent.
    using Body = std::function<QByteArray(const QByteArray &profile)>;
    struct Command
    {
        PtzOperation operation;
        Body body;
    };
    void enqueue(PtzOperation operation, Body body);
    void sendNext();
    void finish(PtzOperation operation, PtzAnswer answer);

    OnvifClient *m_client = nullptr;
    OnvifTransport *m_transport = nullptr;
    OnvifDevice m_device;
    QUrl m_address; // as last opened, to open again after a failure
    QString m_user;
    QString m_password;
    QString m_openError;
    bool m_opening = false;
    bool m_open = false;
    bool m_busy = false;
    std::deque<Command> m_queue;
};

} // namespace vigie::cameras
