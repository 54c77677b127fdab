// The desk's video analytics tools: the detectors' configuration (Ctrl+Shift+A), drawn on the
// camera's live picture taken from its engine (the one the tiles share), and the counts and
// occupancy report (Ctrl+Shift+C). Core decides who may do what.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace vigie::cameras {
class CameraStatusBoard;
}
namespace vigie::widgets {
class LiveVideo;
class TileWidget;
} // namespace vigie::widgets

namespace vigie::app {

struct Session;
struct Services;

class AnalyticsDesk : public QObject
{
    Q_OBJECT
public:
    // `tileShowing`: the tile that shows a camera now, if any (its picture is used at once).
    AnalyticsDesk(const Session &session, Services &services, widgets::LiveVideo *video,
                  cameras::CameraStatusBoard *board, QWidget *window,
                  std::function<widgets::TileWidget *(int camera)> tileShowing,
                  QObject *parent = nullptr);

    void openConfig();
    void openReport();

private:
    const Session &m_session;
    Services &m_services;
    widgets::LiveVideo *m_video = nullptr;
    cameras::CameraStatusBoard *m_board = nullptr;
    QWidget *m_window = nullptr;
    std::function<widgets::TileWidget *(int camera)> m_tileShowing;
};

} // namespace vigie::app
