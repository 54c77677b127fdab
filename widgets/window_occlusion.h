// Which top-level windows the X server reports as entirely covered by other windows. Qt keeps
// a covered window "exposed", so without this a wall hidden behind another application's full
// screen window would go on decoding every camera it shows. The server tells each window when
// it becomes fully obscured, partly obscured or unobscured (VisibilityNotify); this follows
// the windows it is asked about and says when one of them changes.
//
// Elsewhere than on X11 (Wayland, the offscreen platform of the tests) no window counts as
// covered. Under a compositing window manager the X server reports every window as unobscured:
// walls are then shed only when minimised or hidden.
#pragma once

#include <QAbstractNativeEventFilter>
#include <QHash>
#include <QObject>
#include <QString>

class QWindow;
struct xcb_connection_t;

namespace vigie::widgets {

class WindowOcclusion : public QObject, public QAbstractNativeEventFilter
{
    Q_OBJECT
public:
    explicit WindowOcclusion(QObject *parent = nullptr);
    ~WindowOcclusion() override;

    // Whether the X server said `window` is fully covered; starts following a window the
    // first time it is asked about (a new native window, after Qt recreated one, too).
    bool isCovered(const QWindow *window);

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

signals:
    void changed(); // a followed window was covered or uncovered

private:
    struct Followed
    {
        bool covered = false;
        QString title; // for the log
    };
    void follow(quint32 window, const QString &title);

    xcb_connection_t *m_connection = nullptr; // null off X11
    QHash<quint32, Followed> m_windows; // by X id
};

} // namespace vigie::widgets
