// Which camera? Asked when the operator tags an incident with no tile focused: a number or part
// of a name or place, Up/Down to pick among the matches, Enter to choose, Escape to cancel.
#pragma once

#include "core/cameras/camera.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace vigie::widgets {

class CameraChooser : public QDialog
{
    Q_OBJECT
public:
    CameraChooser(const QList<cameras::Camera> &cameras, const QString &purpose,
                  QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    int matchCount() const;
    int chosenCamera() const { return m_chosen; } // 0 until a camera is chosen

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QList<cameras::Camera> m_cameras;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    int m_chosen = 0;
};

} // namespace vigie::widgets
