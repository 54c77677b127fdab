#include "widgets/window_occlusion.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QWindow>

#include <xcb/xcb.h>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcOcclusion, "vigie.walls.occlusion")

namespace vigie::widgets {

WindowOcclusion::WindowOcclusion(QObject *parent) : QObject(parent)
{
    if (auto *x11
        = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr) {
        m_connection = x11->connection();
        qGuiApp->installNativeEventFilter(this);
    }
}

WindowOcclusion::~WindowOcclusion()
{
    if (m_connection && qGuiApp)
        qGuiApp->removeNativeEventFilter(this);
}

bool WindowOcclusion::isCovered(const QWindow *window)
{
    if (!m_connection || !window || !window->handle())
        return false;
    const auto id = quint32(window->winId());
    const auto known = m_windows.constFind(id);
    if (known != m_windows.cend())
        return known->covered;
    follow(id, window->title());
    return false;
}

void WindowOcclusion::follow(quint32 window, const QString &title)
{
    // Each client has its own event mask on a window, and Qt set ours when it created the
    // window: add VisibilityChange to what is there rather than replace it.
    xcb_get_window_attributes_reply_t *attributes = xcb_get_window_attributes_reply(
        m_connection, xcb_get_window_attributes(m_connection, window), nullptr);
    if (!attributes) {
        qCWarning(lcOcclusion).noquote() << "window" << title << "gone before it was followed";
        return;
    }
    const uint32_t mask = attributes->your_event_mask | XCB_EVENT_MASK_VISIBILITY_CHANGE;
    std::free(attributes);
    xcb_change_window_attributes(m_connection, window, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(m_connection);
    // Windows are followed when first shown, uncovered until the server says otherwise.
    m_windows.insert(window, { false, title });
}

bool WindowOcclusion::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType != "xcb_generic_event_t")
        return false;
    const auto *event = static_cast<const xcb_generic_event_t *>(message);
    const uint8_t type = event->response_type & 0x7f;
    if (type == XCB_DESTROY_NOTIFY) {
        m_windows.remove(reinterpret_cast<const xcb_destroy_notify_event_t *>(event)->window);
        return false;
    }
    if (type != XCB_VISIBILITY_NOTIFY)
        return false;
    const auto *visibility = reinterpret_cast<const xcb_visibility_notify_event_t *>(event);
    const auto it = m_windows.find(visibility->window);
    if (it == m_windows.end())
        return false;
    const bool covered = visibility->state == XCB_VISIBILITY_FULLY_OBSCURED;
    if (it->covered != covered) {
        it->covered = covered;
        qCInfo(lcOcclusion).noquote()
            << "window" << it->title
            << (covered ? "fully covered by another window: its tiles stop decoding"
                        : "no longer fully covered: its tiles decode again");
        emit changed();
    }
    return false; // Qt handles the event too
}

} // namespace vigie::widgets
