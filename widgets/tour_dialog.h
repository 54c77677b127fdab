// Starts, changes or stops a tour (séquence) from the keyboard: which cameras ("1, 4-7"), how
// long each stays, and whether the focused tile or the whole wall cycles.
#pragma once

#include "core/walls/tour.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace vigie::widgets {

class TourDialog : public QDialog
{
    Q_OBJECT
public:
    // focusedTile < 0: no tile is focused, only a wall tour can be started. current: the tour
    // now showing on the focused tile, if any, to change or stop.
    TourDialog(const QList<int> &cameras, int focusedTile, const walls::Tour *current,
               QWidget *parent = nullptr);

    walls::Tour tour() const { return m_tour; } // after Accepted, unless stopRequested()
    bool stopRequested() const { return m_stop; }

    QLineEdit *camerasField() const { return m_cameras; }
    QSpinBox *periodField() const { return m_period; }
    QRadioButton *wallChoice() const { return m_wall; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QLineEdit *m_cameras = nullptr;
    QSpinBox *m_period = nullptr;
    QRadioButton *m_tile = nullptr;
    QRadioButton *m_wall = nullptr;
    QLabel *m_error = nullptr;
    int m_focusedTile = -1;
    walls::Tour m_tour;
    bool m_stop = false;
};

} // namespace vigie::widgets
