// The chef de salle's detector configuration (Ctrl+Shift+A): a camera, its detectors listed, and
// for the one being edited its kind, zone or line drawn on the camera's picture, schedule,
// sensitivity and thresholds. Saves through core's DetectorSettings (journaled reference data,
// refused in core without ConfigureAnalytics); a refusal is shown and nothing typed is lost.
#pragma once

#include "core/access/auth_service.h"
#include "core/analytics/detector_config.h"
#include "core/cameras/camera.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace vigie::analytics {
class DetectorSettings;
}

namespace vigie::widgets {

class DetectorCanvas;

class AnalyticsConfigDialog : public QDialog
{
    Q_OBJECT
public:
    AnalyticsConfigDialog(analytics::DetectorSettings &settings, access::User actor,
                          QList<cameras::Camera> cameras, QWidget *parent = nullptr);

    // Asked for the camera's picture whenever another camera is picked; the answer comes
    // through setPicture (a live picture from its engine, or its latest snapshot).
    using PictureRequest = std::function<void(int camera)>;
    void setPictureRequest(PictureRequest request);
    void setPicture(int camera, const QImage &picture);

    void selectCamera(int camera);
    int camera() const;
    // Starts a new detector of `kind` (its defaults), to be drawn and saved.
    void newDetector(analytics::DetectorKind kind);
    // Loads the camera's detector `name` into the form.
    void editDetector(const QString &name);
    // The configuration the form describes now (not checked).
    analytics::DetectorConfig formConfig(QString *problem = nullptr) const;
    bool save();
    bool removeCurrent();

    DetectorCanvas *canvas() const { return m_canvas; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pointsEdit() const { return m_points; }
    QLineEdit *scheduleEdit() const { return m_schedule; }
    QListWidget *detectorList() const { return m_list; }
    QString statusText() const;

private:
    void reloadList(const QString &select = QString());
    void loadConfig(const analytics::DetectorConfig &config);
    void showKindFields();
    void pointsFromCanvas();
    void pointsFromText();
    void setStatus(const QString &text, bool error);

    analytics::DetectorSettings &m_settings;
    access::User m_actor;
    QList<cameras::Camera> m_cameras;
    PictureRequest m_requestPicture;
    bool m_syncingPoints = false;

    QComboBox *m_camera = nullptr;
    QListWidget *m_list = nullptr;
    DetectorCanvas *m_canvas = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_points = nullptr;
    QSpinBox *m_sensitivity = nullptr;
    QDoubleSpinBox *m_minArea = nullptr;
    QDoubleSpinBox *m_minDuration = nullptr;
    QSpinBox *m_direction = nullptr;
    QSpinBox *m_threshold = nullptr;
    QDoubleSpinBox *m_hold = nullptr;
    QDoubleSpinBox *m_stationary = nullptr;
    QDoubleSpinBox *m_recheck = nullptr;
    QDoubleSpinBox *m_loiter = nullptr;
    QSpinBox *m_minObjects = nullptr;
    QLineEdit *m_schedule = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace vigie::widgets
