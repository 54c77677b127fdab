// The state of every camera of the directory as last seen, kept fresh by periodic probes
// (a few at a time, so that 750 cameras do not open 750 sockets at once). The video engine
// will feed the same board with live states.
#pragma once

#include "core/cameras/camera.h"
#include "core/cameras/stream_state.h"

#include <QHash>
#include <QList>
#include <QObject>

class QTimer;

namespace vigie::cameras {

class CameraStatusBoard : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        StreamState state = StreamState::Unknown;
        QString detail;
    };

    explicit CameraStatusBoard(QObject *parent = nullptr);

    void setCameras(const QList<Camera> &cameras);
    void start(int interval_ms = 30000, int maxConcurrent = 4);
    void stop();
    void refreshNow();
    Entry entry(int cameraNumber) const { return m_entries.value(cameraNumber); }
    const QList<Camera> &cameras() const { return m_cameras; }
    const Camera *camera(int number) const;

signals:
    void stateChanged(int cameraNumber, vigie::cameras::StreamState state, const QString &detail);
    void roundFinished();

private:
    void launchNext();

    QList<Camera> m_cameras;
    QHash<int, Entry> m_entries;
    QList<int> m_pending; // camera numbers waiting for a probe in this round
    int m_running = 0;
    int m_maxConcurrent = 4;
    QTimer *m_timer = nullptr;
};

} // namespace vigie::cameras
