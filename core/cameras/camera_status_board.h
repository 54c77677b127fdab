// The state of every camera of the directory as last seen, kept fresh by periodic probes
// (a few at a time, so that 750 cameras do not open 750 sockets at once). A camera on screen is
// not probed: its video engine reports its live state here instead, so that a camera that
// accepts few RTSP sessions is never asked for one more. A landlord's camera is never probed.
#pragma once

#include "core/cameras/camera.h"
#include "core/cameras/stream_state.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

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
    // The directory changed while the desk runs (DirectoryWatch): `changed` are the cameras in
    // service as they now stand (new ones included), `retired` the numbers taken out of
    // service. Emits camerasChanged() with the numbers that differ from what the board had;
    // a camera whose streams changed or that was disabled is known again only from its new
    // state (Unknown until its engine or probe says).
    void updateCameras(const QList<Camera> &changed, const QList<int> &retired);
    // A camera retired while the desk ran (its tiles say so rather than "not in the directory").
    bool isRetired(int number) const { return m_retired.contains(number); }
    void start(int interval_ms = 30000, int maxConcurrent = 4);
    void stop();
    void refreshNow();
    // The video engine's word on a camera being watched; counted watchers (tiles on any wall)
    // keep the probes away from it until the last one leaves.
    void report(int cameraNumber, StreamState state, const QString &detail);
    void setWatched(int cameraNumber, bool watched);
    bool isWatched(int cameraNumber) const { return m_watchers.value(cameraNumber) > 0; }
    Entry entry(int cameraNumber) const { return m_entries.value(cameraNumber); }
    const QList<Camera> &cameras() const { return m_cameras; }
    const Camera *camera(int number) const;

signals:
    void stateChanged(int cameraNumber, vigie::cameras::StreamState state, const QString &detail);
    void roundFinished();
    // The directory's cameras changed (renamed, moved, streams, owner, disabled, retired, new):
    // the tree, the walls and the map follow.
    void camerasChanged(const QList<int> &numbers);

private:
    void launchNext();

    QList<Camera> m_cameras;
    QHash<int, Entry> m_entries;
    QSet<int> m_retired; // retired while the desk ran
    QHash<int, int> m_watchers; // camera number -> tiles showing it live
    QList<int> m_pending; // camera numbers waiting for a probe in this round
    int m_running = 0;
    int m_maxConcurrent = 4;
    QTimer *m_timer = nullptr;
};

} // namespace vigie::cameras
