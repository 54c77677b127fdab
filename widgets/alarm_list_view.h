// The alarms list of the main window: the detectors' open alarms, newest first, each with its
// camera, detector, type, time and thumbnail, and the operator's four acts on the selected one
// from the keyboard (Enter: to the camera, A: acknowledge, S: snooze, I: incident). A view only:
// the desk reads the register and decides; this asks.
#pragma once

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace vigie::widgets {

struct AlarmRow
{
    QString id;
    int camera = 0;
    QString cameraTitle; // "006 Rue piétonne"
    QString detector;
    QString type; // intrusion, wrongway, saturation, stationary, loitering...
    QDateTime at;
    QImage thumbnail; // the detector's picture, any size
};

class AlarmListView : public QWidget
{
    Q_OBJECT
public:
    explicit AlarmListView(QWidget *parent = nullptr);

    // Newest first; the selection stays on the same alarm while the list has the focus, and is
    // on the newest otherwise.
    void setAlarms(const QList<AlarmRow> &rows);
    int count() const;
    QString currentId() const;
    void setCurrentId(const QString &id);
    // F8: the list takes the focus, on the newest alarm.
    void focusList();
    QTreeWidget *list() const { return m_list; }

    // The operator's words for a detector's event type.
    static QString typeLabel(const QString &type);
    // 2: urgent (an intrusion, a vehicle the wrong way), 1: the others.
    static int severity(const QString &type);

signals:
    void jumpRequested(const QString &id);
    void acknowledgeRequested(const QString &id);
    void snoozeRequested(const QString &id);
    void incidentRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitFor(void (AlarmListView::*signal)(const QString &));

    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace vigie::widgets
