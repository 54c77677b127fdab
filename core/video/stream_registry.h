// Shares one engine per stream URL between every viewer (tiles on any wall, analytics): two
// tiles on one camera make one RTSP session. A viewer holds a StreamHandle; the engine decodes
// at the largest size its visible viewers ask for, pauses when none is visible, and stops when
// the last handle goes. Lives in the GUI thread; handles are used and released there.
#pragma once

#include "core/video/stream_engine.h"
#include "core/video/stream_options.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>

#include <map>
#include <memory>

namespace vigie::video {

class StreamRegistry;

class StreamHandle
{
public:
    StreamHandle() = default;
    ~StreamHandle();
    StreamHandle(StreamHandle &&other) noexcept;
    StreamHandle &operator=(StreamHandle &&other) noexcept;
    StreamHandle(const StreamHandle &) = delete;
    StreamHandle &operator=(const StreamHandle &) = delete;

    bool isValid() const { return m_engine != nullptr; }
    // Connect to its frameReady() and stateChanged(); null once released (or the registry gone).
    StreamEngine *engine() const { return m_engine; }
    std::shared_ptr<const VideoFrame> takeFrame() const;

    void setVisible(bool visible);
    void setRequestedSize(const QSize &size);
    void release();

private:
    friend class StreamRegistry;
    StreamHandle(StreamRegistry *registry, quint64 token, StreamEngine *engine);

    QPointer<StreamRegistry> m_registry;
    QPointer<StreamEngine> m_engine;
    quint64 m_token = 0;
};

class StreamRegistry : public QObject
{
    Q_OBJECT
public:
    explicit StreamRegistry(QObject *parent = nullptr);
    ~StreamRegistry() override; // stops every engine (in parallel) and waits for them

    void setDefaultOptions(const StreamOptions &options) { m_defaultOptions = options; }
    // How long an engine whose last viewer left stays connected (decoding nothing) before it
    // stops: a layout change, a swap or a tour that brings the camera back within this delay
    // finds it still connected. 0 (the default): it stops at once.
    void setLinger(int linger_ms) { m_linger_ms = linger_ms; }
    const StreamOptions &defaultOptions() const { return m_defaultOptions; }

    // The viewer starts visible. The options apply when this call creates the engine; a later
    // viewer of the same stream shares it as it is.
    StreamHandle acquire(const QUrl &url, const QString &consumerId, const QSize &requestedSize);
    StreamHandle acquire(const QUrl &url, const QString &consumerId, const QSize &requestedSize,
                         const StreamOptions &options);

    int engineCount() const { return int(m_entries.size()); }
    StreamEngine *engine(const QUrl &url) const;
    QList<StreamEngine *> engines() const;
    QStringList consumers(const QUrl &url) const;

signals:
    void engineStarted(vigie::video::StreamEngine *engine);

private:
    friend class StreamHandle;
    struct Consumer
    {
        quint64 token = 0;
        QString id;
        QSize size;
        bool visible = true;
    };
    struct Entry
    {
        StreamEngine *engine = nullptr; // child of the registry
        QList<Consumer> consumers;
        quint64 lingerId = 0; // non-zero while waiting out the linger with no consumer
    };

    static QString keyOf(const QUrl &url);
    void release(quint64 token);
    void setVisible(quint64 token, bool visible);
    void setRequestedSize(quint64 token, const QSize &size);
    Consumer *consumer(quint64 token);
    void apply(Entry &entry);
    void stopEngine(const QString &key);

    StreamOptions m_defaultOptions;
    std::map<QString, Entry> m_entries;
    QHash<quint64, QString> m_keyOfToken;
    quint64 m_nextToken = 1;
    quint64 m_nextLinger = 1;
    int m_linger_ms = 0;
};

} // namespace vigie::video
