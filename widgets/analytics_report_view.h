// Flows and occupancy over days (Ctrl+Shift+C): a camera, one of its detectors or all, a period,
// by hour or by day; the counts per direction as a chart and a table, and the CSV export.
// Reads core's CountLog, which checks who may read them.
#pragma once

#include "core/access/auth_service.h"
#include "core/analytics/count_log.h"
#include "core/cameras/camera.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace vigie::analytics {
class DetectorSettings;
}

namespace vigie::widgets {

class CountChart;

class AnalyticsReportView : public QDialog
{
    Q_OBJECT
public:
    AnalyticsReportView(analytics::CountLog &counts, analytics::DetectorSettings &settings,
                        access::User reader, QList<cameras::Camera> cameras,
                        QWidget *parent = nullptr);

    // Asks where to write the CSV; empty cancels. A QFileDialog unless replaced (tests).
    using PathChooser = std::function<QString(const QString &suggested)>;
    void setPathChooser(PathChooser chooser);

    void selectCamera(int camera);
    void setPeriod(const QDate &from, const QDate &to); // both days included
    void setStep(analytics::ReportStep step);
    void refresh();
    bool exportCsv();

    CountChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    int camera() const; // the camera reported on
    QString statusText() const;

private:
    void reloadDetectors();

    analytics::CountLog &m_counts;
    analytics::DetectorSettings &m_settings;
    access::User m_reader;
    QList<cameras::Camera> m_cameras;
    PathChooser m_choosePath;
    analytics::CountReport m_report;
    bool m_loaded = false;

    QComboBox *m_camera = nullptr;
    QComboBox *m_detector = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_step = nullptr;
    CountChart *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace vigie::widgets
