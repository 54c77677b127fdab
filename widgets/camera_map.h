// The camera map: every camera of the directory on the commune's plan at its coordinates, with
// its field of view, coloured by its state (live, in trouble, lost, disabled or retired, in
// alarm). Search by number, name or street; wheel, keys and drag to zoom and pan; a click shows
// the camera on the focused tile, a drag puts it on any wall tile. Cameras without coordinates,
// or outside the plan, are listed beside it rather than put anywhere.
#pragma once

#include "widgets/help_dialog.h"
#include "widgets/map_plan.h"

#include <QHash>
#include <QRectF>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QGraphicsScene;
class QGraphicsView;
class QColor;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;

namespace vigie::cameras {
class CameraStatusBoard;
struct Camera;
} // namespace vigie::cameras

namespace vigie::widgets {

// What the map shows of a camera, in the legend's order; the first four in the order of
// cameras::StateSeverity Good, Warning, Bad, Neutral (stateColor relies on it).
enum class MapState { Live, Trouble, Lost, Unknown, Disabled, Alarm };
inline constexpr int kMapStateCount = 6;

class CameraMap : public QWidget
{
    Q_OBJECT
public:
    // `retired`: cameras no longer in service, shown greyed where they stood (never called).
    CameraMap(cameras::CameraStatusBoard *board, const MapPlan &plan,
              const QList<cameras::Camera> &retired = {}, QWidget *parent = nullptr);
    ~CameraMap() override;

    // The cameras with an open analytics alarm (the desk reads them from the alarm log).
    void setCamerasInAlarm(const QSet<int> &numbers);
    // The directory changed: these cameras' markers follow the board (moved, new, renamed,
    // disabled), or go grey where they stood when among `retired`. The view does not move.
    void updateCameras(const QList<int> &numbers, const QList<cameras::Camera> &retired);

    void fitAll();
    void zoomBy(double factor);
    // Centres the view on a placed camera, zoomed in enough to read the numbers around it.
    bool centreOn(int cameraNumber);
    void focusSearch();

    // What a test or the bench looks at.
    QGraphicsView *view() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *unplacedList() const { return m_unplaced; }
    QString problem() const; // the configuration's problems shown above the map; empty if none
    bool hasPlanImage() const { return m_hasImage; }
    std::optional<QPointF> planPosition(int cameraNumber) const; // in the plan's pixels
    MapState state(int cameraNumber) const;
    QList<int> highlighted() const; // the search's matches on the plan
    bool numbersShown() const;
    QMimeData *dragData(int cameraNumber) const; // what a drag of the camera carries
    int placedCount() const { return int(m_items.size()); }

    static QList<ShortcutInfo> keys(); // for F1
    static QString stateLabel(MapState state);
    static QColor stateColor(MapState state);

signals:
    void cameraActivated(int cameraNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Escape in the search

private:
    class Item;
    class View;
    struct Style;

    void buildScene(const MapPlan &plan, const QList<cameras::Camera> &retired);
    void addUnplaced(const cameras::Camera &camera, const QString &why);
    // Its marker on the plan at its coordinates, or its line in the list beside it.
    void placeCamera(const cameras::Camera &camera);
    void updateUnplacedTitle();
    void updateCamera(int cameraNumber);
    void search(const QString &text);
    void updateDetail(); // numbers and wide cones only where few cameras are in view
    MapState computeState(const cameras::Camera &camera) const;
    QString tooltip(const cameras::Camera &camera, MapState state) const;

    cameras::CameraStatusBoard *m_board = nullptr;
    std::unique_ptr<Style> m_style;
    QGraphicsScene *m_scene = nullptr;
    View *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_found = nullptr;
    QLabel *m_problem = nullptr;
    QListWidget *m_unplaced = nullptr;
    QHash<int, Item *> m_items;
    QSet<int> m_retired;
    QSet<int> m_inAlarm;
    QList<int> m_matches;
    QStringList m_problems;
    QRectF m_planRect; // the plan, in the scene (which has a margin around it)
    MapProjection m_projection; // degrees to the plan's pixels, as the scene was built
    QLabel *m_unplacedTitle = nullptr;
    QWidget *m_unplacedPane = nullptr;
    bool m_hasImage = false;
    double m_fitScale = 1.0;
};

} // namespace vigie::widgets
