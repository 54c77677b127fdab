#include "core/video/stream_registry.h"

#include "core/video/video_logging.h"

#include <QThread>
#include <QTimer>

namespace vigie::video {

StreamHandle::StreamHandle(StreamRegistry *registry, quint64 token, StreamEngine *engine)
    : m_registry(registry), m_engine(engine), m_token(token)
{
}

StreamHandle::~StreamHandle()
{
    release();
}

StreamHandle::StreamHandle(StreamHandle &&other) noexcept
    : m_registry(std::move(other.m_registry)), m_engine(std::move(other.m_engine)),
      m_token(std::exchange(other.m_token, 0))
{
    other.m_registry = nullptr;
    other.m_engine = nullptr;
}

StreamHandle &StreamHandle::operator=(StreamHandle &&other) noexcept
{
    if (this != &other) {
        release();
        m_registry = std::exchange(other.m_registry, nullptr);
        m_engine = std::exchange(other.m_engine, nullptr);
        m_token = std::exchange(other.m_token, 0);
    }
    return *this;
}

std::shared_ptr<const VideoFrame> StreamHandle::takeFrame() const
{
    return m_engine ? m_engine->takeFrame() : nullptr;
}

void StreamHandle::setVisible(bool visible)
{
    if (m_registry && m_token)
        m_registry->setVisible(m_token, visible);
}

void StreamHandle::setRequestedSize(const QSize &size)
{
    if (m_registry && m_token)
        m_registry->setRequestedSize(m_token, size);
}

void StreamHandle::release()
{
    if (m_registry && m_token)
        m_registry->release(m_token);
    m_registry = nullptr;
    m_engine = nullptr;
    m_token = 0;
}

StreamRegistry::StreamRegistry(QObject *parent) : QObject(parent) { }

StreamRegistry::~StreamRegistry()
{
    // Every engine aborts its I/O now, so that the joins below (in ~QObject, engines are
    // children) overlap instead of adding up.
    for (StreamEngine *engine : findChildren<StreamEngine *>(Qt::FindDirectChildrenOnly))
        engine->requestStop();
}

QString StreamRegistry::keyOf(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash)
        .toString(QUrl::FullyEncoded);
}

StreamHandle StreamRegistry::acquire(const QUrl &url, const QString &consumerId,
                                     const QSize &requestedSize)
{
    return acquire(url, consumerId, requestedSize, m_defaultOptions);
}

StreamHandle StreamRegistry::acquire(const QUrl &url, const QString &consumerId,
                                     const QSize &requestedSize, const StreamOptions &options)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QString key = keyOf(url);
    auto found = m_entries.find(key);
    if (found == m_entries.end()) {
        Entry entry;
        entry.engine = new StreamEngine(url, options, this);
        found = m_entries.emplace(key, std::move(entry)).first;
    }
    Entry &entry = found->second;
    entry.lingerId = 0; // back before its linger ran out: the session goes on
    const quint64 token = m_nextToken++;
    entry.consumers.append(Consumer { token, consumerId, requestedSize, true });
    m_keyOfToken.insert(token, key);
    apply(entry);
    qCDebug(lcVideo).noquote() << url.toDisplayString(QUrl::RemoveUserInfo) << "acquired by"
                               << consumerId << "viewers:" << entry.consumers.size();
    if (!entry.engine->isRunning() && entry.consumers.size() == 1) {
        entry.engine->start();
        emit engineStarted(entry.engine);
    }
    return StreamHandle(this, token, entry.engine);
}

StreamEngine *StreamRegistry::engine(const QUrl &url) const
{
    const auto found = m_entries.find(keyOf(url));
    return found == m_entries.end() ? nullptr : found->second.engine;
}

QList<StreamEngine *> StreamRegistry::engines() const
{
    QList<StreamEngine *> all;
    for (const auto &[key, entry] : m_entries)
        all.append(entry.engine);
    return all;
}

QStringList StreamRegistry::consumers(const QUrl &url) const
{
    QStringList ids;
    const auto found = m_entries.find(keyOf(url));
    if (found != m_entries.end()) {
        for (const Consumer &c : found->second.consumers)
            ids.append(c.id);
    }
    return ids;
}

StreamRegistry::Consumer *StreamRegistry::consumer(quint64 token)
{
    const auto key = m_keyOfToken.constFind(token);
    if (key == m_keyOfToken.cend())
        return nullptr;
    const auto found = m_entries.find(*key);
    if (found == m_entries.end())
        return nullptr;
    for (Consumer &c : found->second.consumers) {
        if (c.token == token)
            return &c;
    }
    return nullptr;
}

void StreamRegistry::release(quint64 token)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QString key = m_keyOfToken.take(token);
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return;
    Entry &entry = found->second;
    entry.consumers.removeIf([token](const Consumer &c) { return c.token == token; });
    if (!entry.consumers.isEmpty()) {
        apply(entry);
        return;
    }
    if (m_linger_ms > 0) {
        entry.engine->setActive(false);
        const quint64 lingerId = m_nextLinger++;
        entry.lingerId = lingerId;
        QTimer::singleShot(m_linger_ms, this, [this, key, lingerId] {
            const auto lingering = m_entries.find(key);
            if (lingering != m_entries.end() && lingering->second.lingerId == lingerId
                && lingering->second.consumers.isEmpty())
                stopEngine(key);
        });
        return;
    }
    stopEngine(key);
}

void StreamRegistry::stopEngine(const QString &key)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return;
    // The last viewer left: the engine stops without blocking the GUI thread, and is deleted
    // once its thread has let go of the session. A new viewer of the same URL meanwhile gets
    // a fresh engine.
    StreamEngine *engine = found->second.engine;
    m_entries.erase(found);
    qCDebug(lcVideo).noquote() << engine->url().toDisplayString(QUrl::RemoveUserInfo)
                               << "released by its last viewer";
    connect(engine, &StreamEngine::finished, engine, &QObject::deleteLater);
    engine->requestStop();
    if (!engine->isRunning())
        engine->deleteLater(); // never started, or finished already
}

void StreamRegistry::setVisible(quint64 token, bool visible)
{
    if (Consumer *c = consumer(token)) {
        c->visible = visible;
        apply(m_entries.at(m_keyOfToken.value(token)));
    }
}

void StreamRegistry::setRequestedSize(quint64 token, const QSize &size)
{
    if (Consumer *c = consumer(token)) {
        c->size = size;
        apply(m_entries.at(m_keyOfToken.value(token)));
    }
}

void StreamRegistry::apply(Entry &entry)
{
    // The largest size any visible viewer wants (the engine caps it at the source size); with
    // nobody visible the size does not matter, nothing is decoded.
    // A viewer asking for no size in particular wants the source's.
    bool anyVisible = false;
    bool sourceSize = false;
    QSize largest(0, 0);
    for (const Consumer &c : entry.consumers) {
        if (!c.visible)
            continue;
        anyVisible = true;
        if (c.size.isEmpty())
            sourceSize = true;
        else
            largest = largest.expandedTo(c.size);
    }
    if (anyVisible)
        entry.engine->setOutputSize(sourceSize ? QSize() : largest);
    entry.engine->setActive(anyVisible);
}

} // namespace vigie::video
