#include "widgets/analytics_config_dialog.h"

#include "core/analytics/detector_settings.h"
#include "widgets/detector_canvas.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

using analytics::DetectorKind;

QString kindLabel(DetectorKind kind)
{
    switch (kind) {
    case DetectorKind::Intrusion:
        return AnalyticsConfigDialog::tr("Intrusion in a zone");
    case DetectorKind::Line:
        return AnalyticsConfigDialog::tr("Line crossing (flow counting)");
    case DetectorKind::Occupancy:
        return AnalyticsConfigDialog::tr("Road occupancy (saturation)");
    case DetectorKind::Stationary:
        return AnalyticsConfigDialog::tr("Vehicle parked too long");
    case DetectorKind::WrongWay:
        return AnalyticsConfigDialog::tr("Wrong-way traffic");
    case DetectorKind::Loitering:
        return AnalyticsConfigDialog::tr("Loitering or gathering");
    }
    return QString();
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

QString pointsText(DetectorKind kind, const QList<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts.append(number(p.x()) + QLatin1Char(',') + number(p.y()));
    return parts.join(kind == DetectorKind::Line ? QLatin1Char(',') : QLatin1Char(';'));
}

QDoubleSpinBox *spin(double min, double max, double step, int decimals, const QString &suffix)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

// After hours at a school: weekday evenings and nights, and the whole weekend.
const QString kAfterSchool = QStringLiteral("18:00-07:30@1-5;00:00-24:00@6,7");

} // namespace

AnalyticsConfigDialog::AnalyticsConfigDialog(analytics::DetectorSettings &settings,
                                             access::User actor, QList<cameras::Camera> cameras,
                                             QWidget *parent)
    : QDialog(parent), m_settings(settings), m_actor(std::move(actor)),
      m_cameras(std::move(cameras))
{
    setWindowTitle(tr("Video detectors"));

    m_camera = new QComboBox;
    for (const cameras::Camera &c : std::as_const(m_cameras))
        m_camera->addItem(tr("%1 — %2").arg(c.number).arg(c.name), c.number);
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Detectors of the camera"));
    auto *newButton = new QPushButton(tr("&New detector"));
    m_remove = new QPushButton(tr("&Remove"));

    auto *left = new QVBoxLayout;
    auto *cameraLabel = new QLabel(tr("&Camera:"));
    cameraLabel->setBuddy(m_camera);
    left->addWidget(cameraLabel);
    left->addWidget(m_camera);
    auto *listLabel = new QLabel(tr("&Detectors:"));
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(newButton);
    left->addWidget(m_remove);

    m_canvas = new DetectorCanvas;
    auto *help = new QLabel(
        tr("Zone: click each point; line: drag from one end to the other. Keyboard: Tab picks a "
           "point, arrows move it (Shift: faster), Insert adds one, Delete removes it."));
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: %1").arg(colors::dimText.name()));
    auto *middle = new QVBoxLayout;
    middle->addWidget(m_canvas, 1);
    middle->addWidget(help);

    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. portail-ecole"));
    m_kind = new QComboBox;
    for (const DetectorKind k :
         { DetectorKind::Intrusion, DetectorKind::Line, DetectorKind::Occupancy,
           DetectorKind::Stationary, DetectorKind::WrongWay, DetectorKind::Loitering })
        m_kind->addItem(kindLabel(k), int(k));
    m_points = new QLineEdit;
    m_points->setPlaceholderText(tr("X,Y;X,Y;… from 0 to 1"));
    m_sensitivity = new QSpinBox;
    m_sensitivity->setRange(0, 100);
    m_sensitivity->setSuffix(QStringLiteral(" %"));
    m_minArea = spin(0.01, 50, 0.1, 2, QStringLiteral(" %"));
    m_minDuration = spin(0, 600, 0.5, 1, tr(" s"));
    m_direction = new QSpinBox;
    m_direction->setRange(0, 359);
    m_direction->setWrapping(true);
    m_direction->setSuffix(QStringLiteral("°"));
    m_threshold = new QSpinBox;
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_hold = spin(0.1, 240, 1, 1, tr(" min"));
    m_stationary = spin(0.01, 60, 1, 2, tr(" days"));
    m_recheck = spin(1, 1440, 5, 0, tr(" min"));
    m_loiter = spin(0.1, 240, 1, 1, tr(" min"));
    m_minObjects = new QSpinBox;
    m_minObjects->setRange(1, 50);
    m_schedule = new QLineEdit;
    m_schedule->setPlaceholderText(tr("empty: always"));
    m_schedule->setToolTip(
        tr("Time ranges, then days (1 Monday to 7 Sunday), e.g. %1").arg(kAfterSchool));
    auto *afterSchool = new QPushButton(tr("After school &hours"));
    auto *scheduleRowWidget = new QWidget;
    auto *scheduleRow = new QHBoxLayout(scheduleRowWidget);
    scheduleRow->setContentsMargins(0, 0, 0, 0);
    scheduleRow->addWidget(m_schedule, 1);
    scheduleRow->addWidget(afterSchool);
    m_enabled = new QCheckBox(tr("&Enabled"));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Type:"), m_kind);
    m_form->addRow(tr("&Points:"), m_points);
    m_form->addRow(tr("&Sensitivity:"), m_sensitivity);
    m_form->addRow(tr("Smallest &object (share of the picture):"), m_minArea);
    m_form->addRow(tr("Held at least:"), m_minDuration);
    m_form->addRow(tr("Lawful &direction (0 right, 90 down):"), m_direction);
    m_form->addRow(tr("Saturation &threshold:"), m_threshold);
    m_form->addRow(tr("Saturation held for:"), m_hold);
    m_form->addRow(tr("Parked for:"), m_stationary);
    m_form->addRow(tr("Checked again every:"), m_recheck);
    m_form->addRow(tr("&Loitering after:"), m_loiter);
    m_form->addRow(tr("Objects at once (gathering above 1):"), m_minObjects);
    m_form->addRow(tr("Sc&hedule:"), scheduleRowWidget);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(scheduleRowWidget)))
        label->setBuddy(m_schedule);
    m_form->addRow(QString(), m_enabled);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"));
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);

    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(middle, 1);
    columns->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    resize(1280, 640);

    connect(m_camera, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setPicture(QImage());
        if (m_requestPicture)
            m_requestPicture(camera());
        reloadList();
    });
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            editDetector(name);
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        newDetector(DetectorKind(m_kind->currentData().toInt()));
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &AnalyticsConfigDialog::removeCurrent);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AnalyticsConfigDialog::showKindFields);
    connect(m_canvas, &DetectorCanvas::pointsChanged, this,
            &AnalyticsConfigDialog::pointsFromCanvas);
    connect(m_points, &QLineEdit::textEdited, this, &AnalyticsConfigDialog::pointsFromText);
    connect(afterSchool, &QPushButton::clicked, this,
            [this] { m_schedule->setText(kAfterSchool); });
    connect(m_save, &QPushButton::clicked, this, &AnalyticsConfigDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    newDetector(DetectorKind::Intrusion);
    reloadList();
}

void AnalyticsConfigDialog::setPictureRequest(PictureRequest request)
{
    m_requestPicture = std::move(request);
    if (m_requestPicture && camera() > 0)
        m_requestPicture(camera());
}

void AnalyticsConfigDialog::setPicture(int cameraNumber, const QImage &picture)
{
    if (cameraNumber == camera())
        m_canvas->setPicture(picture);
}

void AnalyticsConfigDialog::selectCamera(int cameraNumber)
{
    const int index = m_camera->findData(cameraNumber);
    if (index >= 0)
        m_camera->setCurrentIndex(index);
}

int AnalyticsConfigDialog::camera() const
{
    return m_camera->currentData().toInt();
}

QString AnalyticsConfigDialog::statusText() const
{
    return m_status->text();
}

void AnalyticsConfigDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        QStringLiteral("color: %1").arg((error ? colors::lost : colors::live).name()));
}

void AnalyticsConfigDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const analytics::DetectorConfig &c : m_settings.list(camera()))
        m_list->addItem(c.name);
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    m_remove->setEnabled(!select.isEmpty() && !found.isEmpty());
}

void AnalyticsConfigDialog::newDetector(DetectorKind kind)
{
    analytics::DetectorConfig config;
    config.camera = camera();
    config.kind = kind;
    config.name.clear();
    loadConfig(config);
    m_list->clearSelection();
    m_remove->setEnabled(false);
    setStatus(QString(), false);
}

void AnalyticsConfigDialog::editDetector(const QString &name)
{
    const auto config = m_settings.find(camera(), name);
    if (!config)
        return;
    loadConfig(*config);
    reloadList(name);
    setStatus(QString(), false);
}

void AnalyticsConfigDialog::loadConfig(const analytics::DetectorConfig &c)
{
    m_name->setText(c.name);
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_sensitivity->setValue(qRound(c.sensitivity * 100));
    m_minArea->setValue(c.minArea * 100);
    m_minDuration->setValue(c.minDuration_s);
    m_direction->setValue(qRound(c.direction_deg) % 360);
    m_threshold->setValue(qRound(c.threshold * 100));
    m_hold->setValue(c.hold_s / 60);
    m_stationary->setValue(c.stationary_s / 86400);
    m_recheck->setValue(c.recheck_s / 60);
    m_loiter->setValue(c.loiter_s / 60);
    m_minObjects->setValue(c.minObjects);
    m_schedule->setText(c.schedule.toString());
    m_enabled->setChecked(c.enabled);
    showKindFields();
    QList<QPointF> points = c.zone;
    if (c.kind == DetectorKind::Line && !c.line.isNull())
        points = { c.line.p1(), c.line.p2() };
    m_canvas->setPoints(points);
}

void AnalyticsConfigDialog::showKindFields()
{
    const auto kind = DetectorKind(m_kind->currentData().toInt());
    const bool line = kind == DetectorKind::Line;
    m_canvas->setShape(line ? DetectorCanvas::Shape::Line : DetectorCanvas::Shape::Zone);
    m_points->setPlaceholderText(line ? tr("X1,Y1,X2,Y2 from 0 to 1")
                                      : tr("X,Y;X,Y;… from 0 to 1 (empty: the whole picture)"));
    const auto show = [this](QWidget *field, bool visible) {
        m_form->setRowVisible(field, visible);
    };
    show(m_minArea, kind != DetectorKind::Stationary && kind != DetectorKind::Occupancy);
    show(m_minDuration, kind == DetectorKind::Intrusion || kind == DetectorKind::WrongWay);
    show(m_direction, kind == DetectorKind::WrongWay);
    show(m_threshold, kind == DetectorKind::Occupancy);
    show(m_hold, kind == DetectorKind::Occupancy);
    show(m_stationary, kind == DetectorKind::Stationary);
    show(m_recheck, kind == DetectorKind::Stationary);
    show(m_loiter, kind == DetectorKind::Loitering);
    show(m_minObjects, kind == DetectorKind::Loitering);
}

void AnalyticsConfigDialog::pointsFromCanvas()
{
    if (m_syncingPoints)
        return;
    m_points->setText(pointsText(DetectorKind(m_kind->currentData().toInt()), m_canvas->points()));
}

void AnalyticsConfigDialog::pointsFromText()
{
    // Typed points are drawn as soon as they read; the text itself is never rewritten while
    // the operator types (nor when core refuses it).
    QString problem;
    const analytics::DetectorConfig c = formConfig(&problem);
    if (!problem.isEmpty())
        return;
    m_syncingPoints = true;
    m_canvas->setPoints(c.kind == DetectorKind::Line ? QList<QPointF> { c.line.p1(), c.line.p2() }
                                                     : c.zone);
    m_syncingPoints = false;
}

analytics::DetectorConfig AnalyticsConfigDialog::formConfig(QString *problem) const
{
    analytics::DetectorConfig c;
    c.camera = camera();
    if (const auto existing = m_settings.find(c.camera, m_name->text().trimmed()))
        c = *existing; // what the form does not show is kept (the interval)
    c.name = m_name->text().trimmed();
    c.kind = DetectorKind(m_kind->currentData().toInt());
    c.sensitivity = m_sensitivity->value() / 100.0;
    c.minArea = m_minArea->value() / 100.0;
    c.minDuration_s = m_minDuration->value();
    c.direction_deg = m_direction->value();
    c.threshold = m_threshold->value() / 100.0;
    c.hold_s = m_hold->value() * 60;
    c.stationary_s = m_stationary->value() * 86400;
    c.recheck_s = m_recheck->value() * 60;
    c.loiter_s = m_loiter->value() * 60;
    c.minObjects = m_minObjects->value();
    c.enabled = m_enabled->isChecked();
    const QString points = m_points->text().trimmed();
    QString why;
    c.zone.clear();
    c.line = QLineF();
    if (c.kind == DetectorKind::Line) {
        const auto line = analytics::DetectorConfig::parseLine(points);
        if (line.ok())
            c.line = line.value();
        else
            why = points.isEmpty() ? tr("Draw the line on the picture.") : line.error();
    } else if (!points.isEmpty()) {
        const auto zone = analytics::DetectorConfig::parseZone(points);
        if (zone.ok())
            c.zone = zone.value();
        else
            why = zone.error();
    }
    const auto schedule = analytics::Schedule::parse(m_schedule->text());
    if (schedule.ok())
        c.schedule = schedule.value();
    else if (why.isEmpty())
        why = schedule.error();
    if (problem)
        *problem = why;
    return c;
}

bool AnalyticsConfigDialog::save()
{
    QString problem;
    const analytics::DetectorConfig config = formConfig(&problem);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    // core checks the right and the zone (a refusal is journaled there); the form is kept.
    const Status saved = m_settings.set(m_actor, config);
    if (!saved.ok()) {
        setStatus(saved.error(), true);
        return false;
    }
    reloadList(config.name);
    setStatus(tr("Detector %1 of camera %2 saved.").arg(config.name).arg(config.camera), false);
    return true;
}

bool AnalyticsConfigDialog::removeCurrent()
{
    const QString name = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    if (name.isEmpty())
        return false;
    const Status removed = m_settings.remove(m_actor, camera(), name);
    if (!removed.ok()) {
        setStatus(removed.error(), true);
        return false;
    }
    reloadList();
    newDetector(DetectorKind(m_kind->currentData().toInt()));
    setStatus(tr("Detector %1 of camera %2 removed.").arg(name).arg(camera()), false);
    return true;
}

} // namespace vigie::widgets
