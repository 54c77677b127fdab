#include "widgets/camera_map.h"

#include "core/cameras/camera_status_board.h"
#include "widgets/camera_mime.h"
#include "widgets/camera_search.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDrag>
#include <QFileInfo>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace vigie::widgets {
namespace {

constexpr int kNumberRole = Qt::UserRole + 1;
// Markers keep their size on screen whatever the zoom; these are device pixels.
constexpr double kDotRadius = 5.0;
constexpr double kAlarmDotRadius = 7.0;
constexpr double kWideCone = 34.0; // few cameras in view: the cone says where it looks
constexpr double kNarrowCone = 15.0; // the whole commune: short cones, less clutter
constexpr double kConeAngle = 60.0; // a typical fixed camera's horizontal field of view
constexpr double kLabelWidth = 40.0;
// Numbers are drawn when at most this many cameras are in view; wide cones up to the second.
constexpr int kNumbersUpTo = 120;
constexpr int kWideConesUpTo = 200;
// An SVG plan is drawn into a picture of this many pixels (32 MB): sharp at street zoom.
constexpr double kSvgPixels = 8e6;
constexpr double kMaxZoom = 64.0; // times the "fit all" scale
constexpr double kMinZoom = 0.5;
constexpr double kSearchZoom = 6.0; // a found camera is shown at least this close

QPainterPath conePath(double bearingDeg, double radius)
{
    // Bearing: clockwise from north; Qt's angles: counter-clockwise from east.
    const double centre = 90.0 - bearingDeg;
    QPainterPath path;
    path.moveTo(0, 0);
    path.arcTo(QRectF(-radius, -radius, 2 * radius, 2 * radius), centre - kConeAngle / 2,
               kConeAngle);
    path.closeSubpath();
    return path;
}

QPixmap dot(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 10, 10));
    return pixmap;
}

} // namespace

// What every marker draws, made once for all of them: pens, brushes, the font, and the markers'
// pictures. A marker is a cone, a dot (with its alarm and search rings) and maybe its number; the
// cone and the dot are pictures shared by every marker of the same state, bearing and level of
// detail, drawn once and then copied, so that a level-of-detail switch or 1,000 cameras changing
// state at once copy pictures already made instead of drawing 1,000 antialiased paths, each
// into a picture of its own (vigie-bench map measured that at 26 ms a frame, Release).
struct CameraMap::Style
{
    std::array<QBrush, kMapStateCount> dot;
    std::array<QBrush, kMapStateCount> cone;
    QPen outline { QColor(0, 0, 0), 1.2 };
    QPen alarmRing { colors::alarm, 2.5 };
    QPen highlight { QColor(255, 255, 255), 3 }; // not the focus colour: that is the keyboard's
    QPen text { QColor(255, 255, 255) };
    QBrush labelBack { QColor(0, 0, 0, 170) };
    QFont font;
    bool numbers = true;
    bool wideCones = true;

    // A shared picture and where its top left corner goes, in device-independent pixels from
    // the marker's centre.
    struct Glyph
    {
        QImage image;
        QPoint offset;
    };

    Style()
    {
        for (int i = 0; i < kMapStateCount; ++i) {
            const QColor color = CameraMap::stateColor(MapState(i));
            dot[i] = QBrush(color);
            QColor translucent = color;
            translucent.setAlpha(90);
            cone[i] = QBrush(translucent);
        }
        font.setPixelSize(12);
        font.setBold(true);
    }

    // Every part of a key is something the picture shows: a key that left one out would show a
    // marker in another's colour or direction (tests/widgets/test_camera_map.cpp).
    const Glyph &coneGlyph(int bearingDeg, bool wide, MapState state, qreal dpr)
    {
        useDensity(dpr);
        const quint32 key
            = kCone | quint32(wide) << 2 | quint32(state) << 3 | quint32(bearingDeg) << 6;
        if (auto found = m_glyphs.constFind(key); found != m_glyphs.constEnd())
            return *found;
        // The cone's shape is drawn once per bearing and length; each state's colour is then
        // a multiplication, so that 1,000 cameras turning red cost no path filling.
        const quint32 shapeKey = kShape | quint32(wide) << 2 | quint32(bearingDeg) << 6;
        auto shape = m_glyphs.constFind(shapeKey);
        if (shape == m_glyphs.constEnd()) {
            const QPainterPath path = conePath(bearingDeg, wide ? kWideCone : kNarrowCone);
            shape
                = m_glyphs.insert(shapeKey, draw(path.boundingRect(), dpr, [&](QPainter &painter) {
                                      painter.fillPath(path, QColor(255, 255, 255));
                                  }));
        }
        Glyph coloured { tinted(shape->image, cone[int(state)].color()), shape->offset };
        return *m_glyphs.insert(key, coloured);
    }

    const Glyph &dotGlyph(MapState state, bool highlighted, qreal dpr)
    {
        useDensity(dpr);
        const quint32 key = kDot | quint32(highlighted) << 2 | quint32(state) << 3;
        if (auto found = m_glyphs.constFind(key); found != m_glyphs.constEnd())
            return *found;
        const double radius = state == MapState::Alarm ? kAlarmDotRadius : kDotRadius;
        const double outer = highlighted ? radius + 9 + 1.5 : radius + 4 + 1.25;
        const QRectF extent(-outer, -outer, 2 * outer, 2 * outer);
        return *m_glyphs.insert(key, draw(extent, dpr, [&](QPainter &painter) {
                                    painter.setPen(outline);
                                    painter.setBrush(dot[int(state)]);
                                    painter.drawEllipse(QPointF(0, 0), radius, radius);
                                    painter.setBrush(Qt::NoBrush);
                                    if (state == MapState::Alarm) {
                                        painter.setPen(alarmRing);
                                        painter.drawEllipse(QPointF(0, 0), radius + 4, radius + 4);
                                    }
                                    if (highlighted) {
                                        painter.setPen(highlight);
                                        painter.drawEllipse(QPointF(0, 0), radius + 9, radius + 9);
                                    }
                                }));
    }

private:
    static constexpr quint32 kDot = 0, kShape = 1, kCone = 2;

    void useDensity(qreal dpr)
    {
        if (dpr != m_dpr) { // the map moved to a screen of another density: draw them anew
            m_glyphs.clear();
            m_dpr = dpr;
        }
    }

    // A picture of what `paint` draws within `extent` (around the marker's centre), on whole
    // pixels and a pixel larger on each side for the antialiased edge.
    template <typename Paint> static Glyph draw(const QRectF &extent, qreal dpr, Paint paint)
    {
        const QRect pixels(
            QPoint(int(std::floor(extent.left())) - 1, int(std::floor(extent.top())) - 1),
            QPoint(int(std::ceil(extent.right())) + 1, int(std::ceil(extent.bottom())) + 1));
        QImage image(pixels.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-pixels.topLeft());
        paint(painter);
        return { image, pixels.topLeft() };
    }

    // The white shape in `color`: each pixel's coverage times the colour (premultiplied), what
    // filling the shape with that colour would have drawn.
    static QImage tinted(const QImage &shape, const QColor &color)
    {
        QImage image(shape.size(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(shape.devicePixelRatio());
        const QRgb rgba = qPremultiply(color.rgba());
        const auto scaled = [](int channel, int coverage) {
            return (channel * coverage + 127) / 255;
        };
        for (int y = 0; y < shape.height(); ++y) {
            const auto *from = reinterpret_cast<const QRgb *>(shape.constScanLine(y));
            auto *to = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < shape.width(); ++x) {
                const int coverage = qAlpha(from[x]);
                to[x] = qRgba(scaled(qRed(rgba), coverage), scaled(qGreen(rgba), coverage),
                              scaled(qBlue(rgba), coverage), scaled(qAlpha(rgba), coverage));
            }
        }
        return image;
    }

    // At most 360 bearings x 2 lengths x (6 states + the shape), and 12 dots: a few MB at most.
    QHash<quint32, Glyph> m_glyphs;
    qreal m_dpr = 0;
};

class CameraMap::Item : public QGraphicsItem
{
public:
    Item(const cameras::Camera &camera, Style *style, bool retired)
        : m_number(camera.number), m_retired(retired), m_style(style),
          m_label(QString::number(camera.number))
    {
        setFlag(ItemIgnoresTransformations);
        // No picture of its own (DeviceCoordinateCache): its parts are the style's shared ones.
        m_label.setTextFormat(Qt::PlainText);
        m_label.prepare(QTransform(), style->font);
        if (camera.bearingDeg)
            m_bearingDeg = int(std::lround(*camera.bearingDeg)) % 360;
        // One box for every level of detail, alarm and highlight: a level-of-detail switch or an
        // alarm changes what is drawn inside it, never the box, so the scene has nothing to
        // re-index and the frame only copies pictures.
        const double radius = m_bearingDeg >= 0 ? kWideCone : kAlarmDotRadius + 9 + 2;
        const double right = std::max(radius, labelRect().right());
        m_bounds = QRectF(-radius - 2, -radius - 2, radius + right + 4, 2 * radius + 4);
    }

    int number() const { return m_number; }
    bool retired() const { return m_retired; }
    MapState state() const { return m_state; }
    // The one way a marker's look changes with its camera (its state, an alarm): the map calls
    // it from updateCamera(); the next frame draws it.
    void setState(MapState state)
    {
        if (state == m_state)
            return;
        m_state = state;
        setZValue(zFor());
        update();
    }
    bool highlighted() const { return m_highlighted; }
    void setHighlighted(bool on)
    {
        if (on == m_highlighted)
            return;
        m_highlighted = on;
        setZValue(zFor());
        update();
    }

    QRectF boundingRect() const override { return m_bounds; }

    QPainterPath shape() const override
    {
        // Only the dot and its number are clicked, not the cone over its neighbours.
        QPainterPath path;
        path.addEllipse(QPointF(0, 0), kAlarmDotRadius + 3, kAlarmDotRadius + 3);
        if (labelShown())
            path.addRect(labelRect());
        return path;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        // The marker's centre on a whole pixel: the shared pictures are copied, not resampled.
        const QTransform world = painter->worldTransform();
        if (world.type() <= QTransform::TxTranslate)
            painter->setWorldTransform(
                QTransform::fromTranslate(std::round(world.dx()), std::round(world.dy())));
        const qreal dpr = painter->device()->devicePixelRatio();
        if (m_bearingDeg >= 0) {
            const Style::Glyph &cone = m_style->coneGlyph(
                m_bearingDeg, m_style->wideCones || m_highlighted, m_state, dpr);
            painter->drawImage(cone.offset, cone.image);
        }
        const Style::Glyph &dot = m_style->dotGlyph(m_state, m_highlighted, dpr);
        painter->drawImage(dot.offset, dot.image);
        if (labelShown()) {
            const QRectF rect = labelRect();
            painter->fillRect(rect, m_style->labelBack);
            painter->setPen(m_style->text);
            painter->setFont(m_style->font);
            painter->drawStaticText(rect.topLeft() + QPointF(2, 1), m_label);
        }
        painter->setWorldTransform(world);
    }

private:
    // Alarms above everything, then the search's matches, then the rest.
    double zFor() const
    {
        return m_highlighted ? 3 : m_state == MapState::Alarm ? 2 : m_retired ? 0 : 1;
    }
    bool labelShown() const
    {
        return m_style->numbers || m_highlighted || m_state == MapState::Alarm;
    }
    QRectF labelRect() const
    {
        // Whole pixels: the label's edges stay sharp without antialiasing.
        const QSizeF size = m_label.size();
        const double height = std::ceil(size.height()) + 2;
        return { kAlarmDotRadius + 3, -std::floor(height / 2), std::ceil(size.width()) + 4,
                 height };
    }

    int m_number = 0;
    int m_bearingDeg = -1; // whole degrees, -1 without a bearing (no cone)
    bool m_retired = false;
    bool m_highlighted = false;
    MapState m_state = MapState::Unknown;
    Style *m_style = nullptr;
    QStaticText m_label;
    QRectF m_bounds;
};

// The plan's picture at full size and halved down to a few hundred pixels: each frame draws the
// exposed part from the level nearest above the zoom, so that the whole commune on screen costs
// a small picture's bilinear scaling, not the full plan's (measured by vigie-bench map).
class PlanItem : public QGraphicsItem
{
public:
    explicit PlanItem(const QImage &image) : m_size(image.size())
    {
        setFlag(ItemUsesExtendedStyleOption); // exposedRect: only what is on screen is drawn
        QImage level = image;
        m_levels.append(QPixmap::fromImage(level));
        while (level.width() > 600 && level.height() > 600) {
            level = level.scaled(level.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_levels.append(QPixmap::fromImage(level));
        }
    }

    QRectF boundingRect() const override { return { QPointF(0, 0), QSizeF(m_size) }; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double scale = painter->worldTransform().m11(); // screen pixels per plan pixel
        int level = 0;
        while (level + 1 < m_levels.size() && scale <= 1.0 / (1 << (level + 1)))
            ++level;
        const QRectF exposed = option->exposedRect & boundingRect();
        const double factor = 1.0 / (1 << level);
        const QRectF source(exposed.topLeft() * factor, exposed.size() * factor);
        painter->setRenderHint(QPainter::SmoothPixmapTransform, scale < 4 * factor);
        painter->drawPixmap(exposed, m_levels[level], source);
    }

private:
    QSize m_size;
    QList<QPixmap> m_levels;
};

// Wheel and keys zoom, dragging the plan pans it, dragging a camera carries it to a wall,
// clicking a camera calls it; letters and digits typed on the plan go to the search.
class CameraMap::View : public QGraphicsView
{
public:
    View(QGraphicsScene *scene, CameraMap *map) : QGraphicsView(scene, map), m_map(map)
    {
        setObjectName(QStringLiteral("cameraMapView"));
        setDragMode(ScrollHandDrag);
        setTransformationAnchor(AnchorUnderMouse);
        setResizeAnchor(AnchorViewCenter);
        setOptimizationFlag(DontSavePainterState);
        setFocusPolicy(Qt::StrongFocus);
        setBackgroundBrush(colors::background);
    }

    bool userMoved = false;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        m_map->zoomBy(std::pow(1.0015, event->angleDelta().y()));
        userMoved = true;
        event->accept();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const int step = viewport()->width() / 8;
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomKeys(1.25);
            return;
        case Qt::Key_Minus:
            zoomKeys(0.8);
            return;
        case Qt::Key_Home:
            m_map->fitAll();
            return;
        case Qt::Key_Left:
        case Qt::Key_Right:
            pan(horizontalScrollBar(), event->key() == Qt::Key_Left ? -step : step);
            return;
        case Qt::Key_Up:
        case Qt::Key_Down:
            pan(verticalScrollBar(), event->key() == Qt::Key_Up ? -step : step);
            return;
        default:
            break;
        }
        const QString text = event->text();
        if (!text.isEmpty() && text.at(0).isLetterOrNumber()
            && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_map->m_search->setFocus(Qt::OtherFocusReason);
            m_map->m_search->setText(text);
            return;
        }
        QGraphicsView::keyPressEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        Item *item = cameraAt(event->position().toPoint());
        if (event->button() == Qt::LeftButton && item && !item->retired()) {
            m_pressed = item->number();
            m_pressPos = event->position().toPoint();
            event->accept();
            return;
        }
        m_pressed = 0;
        QGraphicsView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_pressed > 0 && (event->buttons() & Qt::LeftButton)) {
            if ((event->position().toPoint() - m_pressPos).manhattanLength()
                >= QApplication::startDragDistance()) {
                const int number = m_pressed;
                m_pressed = 0;
                auto *drag = new QDrag(this);
                drag->setMimeData(m_map->dragData(number));
                drag->exec(Qt::CopyAction);
            }
            return;
        }
        QGraphicsView::mouseMoveEvent(event);
        if (event->buttons() & Qt::LeftButton)
            userMoved = true;
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_pressed > 0 && event->button() == Qt::LeftButton) {
            const int number = m_pressed;
            m_pressed = 0;
            emit m_map->cameraActivated(number);
            return;
        }
        QGraphicsView::mouseReleaseEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        if (!userMoved)
            m_map->fitAll();
        else
            m_map->updateDetail();
    }

    void scrollContentsBy(int dx, int dy) override
    {
        QGraphicsView::scrollContentsBy(dx, dy);
        m_map->updateDetail();
    }

private:
    void pan(QScrollBar *bar, int step)
    {
        bar->setValue(bar->value() + step);
        userMoved = true;
    }

    void zoomKeys(double factor)
    {
        // From the keyboard, zoom on the centre rather than wherever the pointer was left.
        setTransformationAnchor(AnchorViewCenter);
        m_map->zoomBy(factor);
        setTransformationAnchor(AnchorUnderMouse);
        userMoved = true;
    }

    Item *cameraAt(const QPoint &pos) const
    {
        for (QGraphicsItem *item : items(pos)) {
            if (auto *camera = dynamic_cast<Item *>(item))
                return camera;
        }
        return nullptr;
    }

    CameraMap *m_map = nullptr;
    int m_pressed = 0; // the camera under the button, until it is dragged or released
    QPoint m_pressPos;
};

namespace {

// The cameras that are not on the plan: called with Enter or a double-click, dragged to a wall.
class UnplacedList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return { QLatin1String(kCameraMimeType) }; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        QList<int> numbers;
        for (const QListWidgetItem *item : items) {
            if (item->flags() & Qt::ItemIsDragEnabled)
                numbers.append(item->data(kNumberRole).toInt());
        }
        return cameraMimeData(numbers);
    }
};

} // namespace

CameraMap::CameraMap(cameras::CameraStatusBoard *board, const MapPlan &plan,
                     const QList<cameras::Camera> &retired, QWidget *parent)
    : QWidget(parent), m_board(board), m_style(std::make_unique<Style>())
{
    setObjectName(QStringLiteral("cameraMap"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find a camera on the map: number, name or street"));
    m_search->setClearButtonEnabled(true);
    m_found = new QLabel(this);
    auto *fit = new QPushButton(tr("Show all (Home)"), this);
    fit->setFocusPolicy(Qt::NoFocus);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mapProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(colors::warning.name()));

    m_scene = new QGraphicsScene(this);
    // Markers never move: the index answers "what is under the pointer" without a scan.
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_view = new View(m_scene, this);

    m_unplaced = new UnplacedList(this);
    m_unplaced->setObjectName(QStringLiteral("mapUnplaced"));
    m_unplaced->setDragEnabled(true);
    m_unplaced->setWordWrap(true);
    m_unplaced->setDragDropMode(QAbstractItemView::DragOnly);
    auto *unplacedPane = new QWidget(this);
    m_unplacedPane = unplacedPane;
    auto *unplacedLayout = new QVBoxLayout(unplacedPane);
    unplacedLayout->setContentsMargins(0, 0, 0, 0);
    m_unplacedTitle = new QLabel(unplacedPane);
    unplacedLayout->addWidget(m_unplacedTitle);
    unplacedLayout->addWidget(m_unplaced);

    auto *legend = new QHBoxLayout;
    for (int i = 0; i < kMapStateCount; ++i) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(dot(stateColor(MapState(i))));
        legend->addWidget(swatch);
        legend->addWidget(new QLabel(stateLabel(MapState(i)), this));
        legend->addSpacing(10);
    }
    legend->addStretch();
    auto *keys = new QLabel(tr("Wheel or +/−: zoom · drag: move · click a camera: focused tile · "
                               "drag a camera: onto a wall"),
                            this);
    keys->setStyleSheet(QStringLiteral("color: %1;").arg(colors::dimText.name()));
    legend->addWidget(keys);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_found);
    top->addWidget(fit);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(unplacedPane);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 900, 280 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    layout->addLayout(legend);

    buildScene(plan, retired);
    updateUnplacedTitle();
    m_problem->setText(m_problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!m_problems.isEmpty());

    m_search->installEventFilter(this);
    connect(fit, &QPushButton::clicked, this, &CameraMap::fitAll);
    connect(m_search, &QLineEdit::textChanged, this, &CameraMap::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter calls the first match, as in the camera tree.
        for (int number : std::as_const(m_matches)) {
            if (!m_retired.contains(number)) {
                emit cameraActivated(number);
                return;
            }
        }
    });
    connect(m_unplaced, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int number = item->data(kNumberRole).toInt();
        if (!m_retired.contains(number))
            emit cameraActivated(number);
    });
    connect(board, &cameras::CameraStatusBoard::stateChanged, this,
            [this](int number) { updateCamera(number); });
}

CameraMap::~CameraMap()
{
    // The view first: the scene, going, would scroll it and call back into a half-gone map.
    delete m_view;
    m_view = nullptr;
}

void CameraMap::buildScene(const MapPlan &plan, const QList<cameras::Camera> &retired)
{
    QList<cameras::Camera> all = m_board->cameras();
    for (const cameras::Camera &camera : retired) {
        m_retired.insert(camera.number);
        all.append(camera);
    }
    m_problems = plan.problems;

    // The plan's picture, if it reads; otherwise a plain background, and the operator is told.
    QImage image;
    if (!plan.imagePath.isEmpty()) {
        QImageReader reader(plan.imagePath);
        if (!QFileInfo::exists(plan.imagePath)) {
            m_problems.append(tr("The map's plan %1 is missing: the cameras are shown on a plain "
                                 "background.")
                                  .arg(plan.imagePath));
        } else {
            if (reader.format() == "svg" && reader.size().isValid()) {
                const QSize size = reader.size();
                const double scale = std::sqrt(kSvgPixels / (double(size.width()) * size.height()));
                reader.setScaledSize(size * scale);
            }
            image = reader.read();
            if (image.isNull())
                m_problems.append(tr("The map's plan %1 cannot be read (%2): the cameras are "
                                     "shown on a plain background.")
                                      .arg(plan.imagePath, reader.errorString()));
        }
    }

    GeoBounds bounds;
    if (plan.bounds) {
        bounds = *plan.bounds;
    } else {
        // No usable bounds: the cameras' own extent, with a margin, so that the map still helps.
        bool any = false;
        for (const cameras::Camera &camera : std::as_const(all)) {
            if (!camera.latitude || !camera.longitude)
                continue;
            if (!any)
                bounds
                    = { *camera.latitude, *camera.latitude, *camera.longitude, *camera.longitude };
            bounds.north = std::max(bounds.north, *camera.latitude);
            bounds.south = std::min(bounds.south, *camera.latitude);
            bounds.west = std::min(bounds.west, *camera.longitude);
            bounds.east = std::max(bounds.east, *camera.longitude);
            any = true;
        }
        const double margin = std::max(
            0.002, 0.08 * std::max(bounds.north - bounds.south, bounds.east - bounds.west));
        bounds = { bounds.north + margin, bounds.south - margin, bounds.west - margin,
                   bounds.east + margin };
    }

    QSizeF size;
    if (!image.isNull()) {
        m_hasImage = true;
        auto *background = new PlanItem(image);
        background->setZValue(-1);
        m_scene->addItem(background);
        size = image.size();
    } else {
        // A plain plan 2,000 px wide, its height true to the ground at this latitude.
        const double midLatitude = (bounds.north + bounds.south) / 2 * M_PI / 180;
        const double ratio
            = (bounds.north - bounds.south) / ((bounds.east - bounds.west) * std::cos(midLatitude));
        size = QSizeF(2000, 2000 * ratio);
        auto *frame = m_scene->addRect(QRectF(QPointF(0, 0), size),
                                       QPen(colors::dimText, 0, Qt::DashLine), colors::panel);
        frame->setZValue(-1);
    }
    m_projection = MapProjection(bounds, size);
    // Room around the plan, so that a camera on its edge can still be centred in the view.
    m_planRect = QRectF(QPointF(0, 0), size);
    const double margin = std::max(size.width(), size.height()) / 4;
    m_scene->setSceneRect(m_planRect.adjusted(-margin, -margin, margin, margin));

    for (const cameras::Camera &camera : std::as_const(all))
        placeCamera(camera);
}

void CameraMap::placeCamera(const cameras::Camera &camera)
{
    if (!camera.latitude || !camera.longitude) {
        addUnplaced(camera, tr("no coordinates"));
        return;
    }
    if (!m_projection.bounds().contains(*camera.latitude, *camera.longitude)) {
        addUnplaced(camera, tr("outside the plan"));
        return;
    }
    auto *item = new Item(camera, m_style.get(), m_retired.contains(camera.number));
    item->setPos(m_projection.toPlan(*camera.latitude, *camera.longitude));
    m_scene->addItem(item);
    m_items.insert(camera.number, item);
    const MapState state = computeState(camera);
    item->setState(state);
    item->setToolTip(tooltip(camera, state));
}

void CameraMap::updateUnplacedTitle()
{
    m_unplacedTitle->setText(tr("Not on the plan (%1)").arg(m_unplaced->count()));
    m_unplacedPane->setVisible(m_unplaced->count() > 0);
}

void CameraMap::updateCameras(const QList<int> &numbers, const QList<cameras::Camera> &retired)
{
    for (int number : numbers) {
        // The marker (or the line) is made again: its place, cone and number may all have
        // changed, and a camera changes far less often than the map is drawn.
        if (Item *item = m_items.take(number)) {
            m_scene->removeItem(item);
            delete item;
        }
        for (int row = m_unplaced->count() - 1; row >= 0; --row) {
            if (m_unplaced->item(row)->data(kNumberRole).toInt() == number)
                delete m_unplaced->takeItem(row);
        }
        m_retired.remove(number);
        const auto gone
            = std::find_if(retired.cbegin(), retired.cend(),
                           [number](const cameras::Camera &c) { return c.number == number; });
        if (gone != retired.cend()) {
            m_retired.insert(number);
            placeCamera(*gone);
        } else if (const cameras::Camera *camera = m_board->camera(number)) {
            placeCamera(*camera);
        }
        if (Item *item = m_items.value(number); item && m_matches.contains(number))
            item->setHighlighted(true);
    }
    updateUnplacedTitle();
}

void CameraMap::addUnplaced(const cameras::Camera &camera, const QString &why)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(camera.title(), why));
    item->setData(kNumberRole, camera.number);
    const MapState state = computeState(camera);
    item->setIcon(QIcon(dot(stateColor(state))));
    item->setToolTip(tooltip(camera, state));
    if (m_retired.contains(camera.number))
        item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
    m_unplaced->addItem(item);
}

MapState CameraMap::computeState(const cameras::Camera &camera) const
{
    if (m_retired.contains(camera.number))
        return MapState::Disabled;
    if (m_inAlarm.contains(camera.number))
        return MapState::Alarm;
    if (!camera.enabled)
        return MapState::Disabled;
    switch (cameras::stateSeverity(m_board->entry(camera.number).state)) {
    case cameras::StateSeverity::Good:
        return MapState::Live;
    case cameras::StateSeverity::Warning:
        return MapState::Trouble;
    case cameras::StateSeverity::Bad:
        return MapState::Lost;
    case cameras::StateSeverity::Neutral:
        break;
    }
    return MapState::Unknown;
}

QString CameraMap::tooltip(const cameras::Camera &camera, MapState state) const
{
    QStringList lines { camera.title() };
    if (!camera.address.isEmpty())
        lines.append(camera.address);
    if (!camera.zone.isEmpty())
        lines.append(camera.zone);
    if (m_retired.contains(camera.number)) {
        lines.append(tr("Retired from service"));
    } else if (state == MapState::Alarm || state == MapState::Disabled) {
        lines.append(stateLabel(state));
    } else {
        const auto entry = m_board->entry(camera.number);
        QString line = cameras::stateLabel(entry.state);
        if (!entry.detail.isEmpty())
            line += QStringLiteral(" — ") + entry.detail;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

void CameraMap::updateCamera(int cameraNumber)
{
    Item *item = m_items.value(cameraNumber);
    if (!item)
        return;
    const cameras::Camera *camera = m_board->camera(cameraNumber);
    if (!camera)
        return; // a retired camera: its state never changes
    const MapState state = computeState(*camera);
    item->setState(state);
    item->setToolTip(tooltip(*camera, state));
}

void CameraMap::setCamerasInAlarm(const QSet<int> &numbers)
{
    const QSet<int> changed = (m_inAlarm - numbers) + (numbers - m_inAlarm);
    m_inAlarm = numbers;
    for (int number : changed)
        updateCamera(number);
}

void CameraMap::search(const QString &text)
{
    for (int number : std::as_const(m_matches)) {
        if (Item *item = m_items.value(number))
            item->setHighlighted(false);
    }
    m_matches.clear();
    m_unplaced->clearSelection();
    if (text.trimmed().isEmpty()) {
        m_found->clear();
        return;
    }
    // The cameras in service: a retired one is not called any more.
    int offPlan = 0;
    for (const cameras::Camera &camera : m_board->cameras()) {
        if (!cameraMatches(camera, text))
            continue;
        m_matches.append(camera.number);
        if (Item *item = m_items.value(camera.number))
            item->setHighlighted(true);
        else
            ++offPlan;
    }
    m_found->setText(offPlan > 0 ? tr("%n found", nullptr, int(m_matches.size()))
                             + tr(", %n not on the plan", nullptr, offPlan)
                                 : tr("%n found", nullptr, int(m_matches.size())));
    for (int number : std::as_const(m_matches)) {
        if (centreOn(number))
            return;
    }
    // Only cameras off the plan match: point at them in the list.
    for (int row = 0; row < m_unplaced->count(); ++row) {
        QListWidgetItem *item = m_unplaced->item(row);
        if (m_matches.contains(item->data(kNumberRole).toInt())) {
            item->setSelected(true);
            m_unplaced->scrollToItem(item);
        }
    }
}

void CameraMap::fitAll()
{
    m_view->fitInView(m_planRect, Qt::KeepAspectRatio);
    m_fitScale = m_view->transform().m11();
    m_view->userMoved = false;
    updateDetail();
}

void CameraMap::zoomBy(double factor)
{
    const double current = m_view->transform().m11();
    const double target
        = std::clamp(current * factor, m_fitScale * kMinZoom, m_fitScale * kMaxZoom);
    m_view->scale(target / current, target / current);
    updateDetail();
}

bool CameraMap::centreOn(int cameraNumber)
{
    Item *item = m_items.value(cameraNumber);
    if (!item)
        return false;
    const double current = m_view->transform().m11();
    if (current < m_fitScale * kSearchZoom)
        m_view->scale(m_fitScale * kSearchZoom / current, m_fitScale * kSearchZoom / current);
    m_view->centerOn(item->pos()); // its marker, not the middle of its label's bounding box
    m_view->userMoved = true;
    updateDetail();
    return true;
}

void CameraMap::updateDetail()
{
    if (!m_view)
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    int inView = 0;
    for (const Item *item : std::as_const(m_items)) {
        if (visible.contains(item->pos()))
            ++inView;
    }
    const bool numbers = inView <= kNumbersUpTo;
    const bool wide = inView <= kWideConesUpTo;
    if (numbers == m_style->numbers && wide == m_style->wideCones)
        return;
    m_style->numbers = numbers;
    m_style->wideCones = wide;
    // The markers' boxes hold every level of detail: one repaint, nothing re-indexed.
    m_view->viewport()->update();
}

bool CameraMap::eventFilter(QObject *watched, QEvent *event)
{
    // Escape empties the search and gives the keys back to the plan (zoom, arrows).
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_search->clear();
        m_view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CameraMap::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QGraphicsView *CameraMap::view() const
{
    return m_view;
}

QString CameraMap::problem() const
{
    return m_problems.join(QLatin1Char('\n'));
}

std::optional<QPointF> CameraMap::planPosition(int cameraNumber) const
{
    if (const Item *item = m_items.value(cameraNumber))
        return item->pos();
    return std::nullopt;
}

MapState CameraMap::state(int cameraNumber) const
{
    if (const Item *item = m_items.value(cameraNumber))
        return item->state();
    if (const cameras::Camera *camera = m_board->camera(cameraNumber))
        return computeState(*camera);
    return MapState::Disabled;
}

QList<int> CameraMap::highlighted() const
{
    QList<int> numbers;
    for (int number : m_matches) {
        if (m_items.contains(number))
            numbers.append(number);
    }
    return numbers;
}

bool CameraMap::numbersShown() const
{
    return m_style->numbers;
}

QMimeData *CameraMap::dragData(int cameraNumber) const
{
    return cameraMimeData({ cameraNumber });
}

QList<ShortcutInfo> CameraMap::keys()
{
    const QString section = tr("Camera map");
    return {
        { QKeySequence(), tr("Number, name or street"),
          tr("Find the camera and centre on it; Enter shows it on the focused tile"), section },
        { QKeySequence(), tr("Wheel, + and -, arrows, Home"),
          tr("Zoom, move the plan (or drag it), show it all"), section },
        { QKeySequence(), tr("Click or drag a camera"),
          tr("Onto the focused tile, or onto a wall tile"), section },
    };
}

QString CameraMap::stateLabel(MapState state)
{
    switch (state) {
    case MapState::Live:
        return tr("In service");
    case MapState::Trouble:
        return tr("Connecting or reconnecting");
    case MapState::Lost:
        return tr("Lost");
    case MapState::Unknown:
        return tr("Not yet seen");
    case MapState::Disabled:
        return tr("Disabled or retired");
    case MapState::Alarm:
        return tr("In alarm");
    }
    return {};
}

QColor CameraMap::stateColor(MapState state)
{
    if (state == MapState::Disabled)
        return { 0x4a, 0x4e, 0x55 };
    if (state == MapState::Alarm)
        return colors::alarm;
    // The first four are the tiles' and the tree's colours of a stream's state.
    static constexpr cameras::StateSeverity kSeverity[]
        = { cameras::StateSeverity::Good, cameras::StateSeverity::Warning,
            cameras::StateSeverity::Bad, cameras::StateSeverity::Neutral };
    return severityColor(kSeverity[int(state)]);
}

} // namespace vigie::widgets
