// The incidents of the main courante beside the walls: the current shift's (or the last 24
// hours') incidents, newest first, searchable, with a button and F2 to record a new one.
#pragma once

#include "core/records/incident.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigie::widgets {

class IncidentPanel : public QWidget
{
    Q_OBJECT
public:
    using Search = std::function<QList<records::Incident>(const records::IncidentFilter &)>;

    IncidentPanel(records::IncidentTypology typology, Search search, QWidget *parent = nullptr);

    void setShift(const QString &shiftId, const QString &label);
    void refresh();
    int count() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void newIncidentRequested();
    void incidentActivated(const QString &incidentId);

private:
    records::IncidentTypology m_typology;
    Search m_searchFn;
    QString m_shiftId;
    QLabel *m_scope = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
};

} // namespace vigie::widgets
