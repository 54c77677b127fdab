// Camera maintenance, for the chef de salle and the maintenance contractor: the cameras down
// now and since when, each camera's availability over 7 or 30 days (worst first), and the
// report in CSV or PDF. Reads core's CameraHealthLog; the desk's own watch feeds it.
#pragma once

#include "core/cameras/camera.h"
#include "core/cameras/camera_health.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigie::widgets {

class MaintenanceView : public QDialog
{
    Q_OBJECT
public:
    // `cameras`: the directory's cameras (those in service are listed); `commune` heads the PDF.
    MaintenanceView(cameras::CameraHealthLog &health, QList<cameras::Camera> cameras,
                    QString commune, QWidget *parent = nullptr);

    // Asks where to write the report in `format` ("pdf" or "csv"); empty cancels. A
    // QFileDialog unless replaced (tests).
    using PathChooser = std::function<QString(const QString &format, const QString &suggested)>;
    void setPathChooser(PathChooser chooser);

    void refresh();
    void setPeriodDays(int days); // 7 or 30
    void exportReport(const QString &format);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QString statusText() const; // the last export written, or the error

private:
    cameras::CameraHealthLog &m_health;
    QList<cameras::Camera> m_cameras;
    QString m_commune;
    PathChooser m_choosePath;
    QList<cameras::CameraAvailability> m_rows;
    QDateTime m_from;
    QDateTime m_to;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
};

} // namespace vigie::widgets
