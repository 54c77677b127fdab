#include "core/cameras/camera_status_board.h"

#include "core/cameras/stream_probe.h"
#include "core/cameras/stream_url.h"

#include <QTimer>

#include <algorithm>

namespace vigie::cameras {

CameraStatusBoard::CameraStatusBoard(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &CameraStatusBoard::refreshNow);
}

void CameraStatusBoard::setCameras(const QList<Camera> &cameras)
{
    m_cameras = cameras;
    for (const Camera &camera : cameras) {
        if (!m_entries.contains(camera.number))
            m_entries.insert(camera.number, Entry());
    }
}

void CameraStatusBoard::updateCameras(const QList<Camera> &changed, const QList<int> &retired)
{
    QList<int> numbers;
    QList<int> stale; // their last known state was of streams they no longer have
    const auto find = [this](int number) {
        return std::find_if(m_cameras.begin(), m_cameras.end(),
                            [number](const Camera &c) { return c.number == number; });
    };
    for (const Camera &camera : changed) {
        m_retired.remove(camera.number);
        auto it = find(camera.number);
        if (it != m_cameras.end()) {
            if (*it == camera)
                continue;
            // The last word on the old streams says nothing of the new ones.
            const bool streams = it->mainUrl != camera.mainUrl || it->subUrl != camera.subUrl
                || it->transport != camera.transport || it->enabled != camera.enabled
                || it->owner != camera.owner;
            *it = camera;
            if (streams)
                stale.append(camera.number);
        } else {
            // In number order, as the directory lists them (the tree and new walls rely on it).
            m_cameras.insert(std::lower_bound(m_cameras.begin(), m_cameras.end(), camera.number,
                                              [](const Camera &c, int n) { return c.number < n; }),
                             camera);
            m_entries.insert(camera.number, Entry());
        }
        numbers.append(camera.number);
    }
    for (int number : retired) {
        auto it = find(number);
        if (it == m_cameras.end())
            continue;
        m_cameras.erase(it);
        m_retired.insert(number);
        m_pending.removeAll(number);
        stale.append(number);
        numbers.append(number);
    }
    // Reset without a word: the change itself is said once (camerasChanged), not as a state
    // change of each camera in the events pane.
    for (int number : std::as_const(stale))
        m_entries.insert(number, Entry());
    if (!numbers.isEmpty())
        emit camerasChanged(numbers);
}

const Camera *CameraStatusBoard::camera(int number) const
{
    for (const Camera &c : m_cameras) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

void CameraStatusBoard::start(int interval_ms, int maxConcurrent)
{
    m_maxConcurrent = qMax(1, maxConcurrent);
    m_timer->start(interval_ms);
    refreshNow();
}

void CameraStatusBoard::stop()
{
    m_timer->stop();
    m_pending.clear();
}

void CameraStatusBoard::refreshNow()
{
    if (!m_pending.isEmpty() || m_running > 0)
        return; // the previous round is still going
    for (const Camera &camera : m_cameras) {
        // A landlord's camera is asked nothing by the centre outside a viewing session (no
        // standing access, domain.md): only the engine of a tile in a session reports on it.
        if (camera.enabled && camera.owner != CameraOwner::Bailleur && !isWatched(camera.number))
            m_pending.append(camera.number);
    }
    if (m_pending.isEmpty() && m_running == 0)
        emit roundFinished();
    while (m_running < m_maxConcurrent && !m_pending.isEmpty())
        launchNext();
}

void CameraStatusBoard::report(int cameraNumber, StreamState state, const QString &detail)
{
    Entry &e = m_entries[cameraNumber];
    if (e.state == state && e.detail == detail)
        return;
    e.state = state;
    e.detail = detail;
    emit stateChanged(cameraNumber, state, detail);
}

void CameraStatusBoard::setWatched(int cameraNumber, bool watched)
{
    int &count = m_watchers[cameraNumber];
    count = qMax(0, count + (watched ? 1 : -1));
    if (count == 0)
        m_watchers.remove(cameraNumber);
}

void CameraStatusBoard::launchNext()
{
    const int number = m_pending.takeFirst();
    auto it = std::find_if(m_cameras.cbegin(), m_cameras.cend(),
                           [number](const Camera &c) { return c.number == number; });
    if (it == m_cameras.cend()) {
        // Retired since the round began: the next one, or the round would never end.
        if (!m_pending.isEmpty())
            launchNext();
        else if (m_running == 0)
            emit roundFinished();
        return;
    }
    Entry &entry = m_entries[number];
    // An address that is not a camera's (a local file, another FFmpeg protocol) is never opened,
    // whoever wrote it into the directory.
    if (const Status url = checkStreamUrls(number, it->mainUrl, it->subUrl); !url.ok()) {
        report(number, StreamState::NotFound, url.error());
        if (!m_pending.isEmpty())
            launchNext();
        else if (m_running == 0)
            emit roundFinished();
        return;
    }
    if (entry.state == StreamState::Unknown) {
        entry.state = StreamState::Connecting;
        emit stateChanged(number, entry.state, QString());
    }
    auto *probe = new StreamProbe(this);
    ++m_running;
    connect(probe, &StreamProbe::finished, this,
            [this, probe, number](StreamState state, const QString &detail) {
                probe->deleteLater();
                --m_running;
                Entry &e = m_entries[number];
                // A tile started watching meanwhile: its engine knows better than the probe.
                if (!isWatched(number) && (e.state != state || e.detail != detail)) {
                    e.state = state;
                    e.detail = detail;
                    emit stateChanged(number, state, detail);
                }
                if (!m_pending.isEmpty())
                    launchNext();
                else if (m_running == 0)
                    emit roundFinished();
            });
    probe->start(it->subUrl.isEmpty() ? it->mainUrl : it->subUrl);
}

} // namespace vigie::cameras
