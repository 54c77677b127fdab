// The desk's side of video-verbalisation: F4 on a live tile drafts a ticket (core checks the
// agent and the camera first, then the tile's own engine gives up to 3 frames at the stream's
// resolution, the clock's state is read, and the ticket dialog opens), and Ctrl+Shift+P opens
// the ticket list. Kept out of Desk so that it stays one place.
#pragma once

#include "app/session.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <functional>

class QWidget;

namespace vigie::verbalisation {
struct LiveCapture;
}

namespace vigie::widgets {
class TileWidget;
}

namespace vigie::app {

struct Services;

class VerbalisationDesk
{
    Q_DECLARE_TR_FUNCTIONS(vigie::app::VerbalisationDesk)
public:
    // `log` says in the events pane what happened (a ticket saved, a refusal).
    VerbalisationDesk(const Session &session, Services &services, QWidget *window,
                      std::function<void(const QString &)> log);

    // Refused with the reason (no tile, not live, camera or agent refused by core): said in the
    // returned status, nothing grabbed.
    Status draftFromTile(widgets::TileWidget *tile);
    void openList();

    // The capture at this instant from the tile's own engine: up to `count` distinct pictures,
    // a few hundred milliseconds apart, without a second connection to the camera. Refused when
    // the tile is not live.
    static Result<verbalisation::LiveCapture> captureFromTile(widgets::TileWidget *tile, int count);

private:
    Session m_session;
    Services &m_services;
    QWidget *m_window = nullptr;
    std::function<void(const QString &)> m_log;
    // The capture runs the event loop for a moment: F4 again meanwhile drafts nothing more.
    bool m_drafting = false;
};

} // namespace vigie::app
